export * from '../schemas/classification';
export { CLASSIFICATION_FORMATTER_EXPRESSION, formatClassification } from './format';
export * from './searchAliases';
export { classificationJql, type ClassificationFilter } from './classificationJql';
// The escaper moved to the shared JQL module; re-exported for the classification callers that import it here.
export { jqlString } from '../jql/jqlString';
export * from './escalation';
export * from './escalationContent';
export * from './regulatoryClocks';
export { addCalendarMonthsUtc } from './calendar';
export { isNotifyByStale, withNotifyBy, type NotifyBySettings } from './notifyBy';
