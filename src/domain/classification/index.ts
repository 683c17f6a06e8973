export * from '../schemas/classification';
export { CLASSIFICATION_FORMATTER_EXPRESSION, formatClassification } from './format';
export * from './searchAliases';
export { classificationJql, jqlString, type ClassificationFilter } from './classificationJql';
export * from './escalation';
export * from './escalationContent';
export * from './regulatoryClocks';
export { addCalendarMonthsUtc } from './calendar';
