/** An issue's links to clauses, reference controls and risk scenarios, kept in a JQL-indexed entity property. */
export { EMPTY_LINKS, addClause, addRisk, removeClause, removeRisk, type LinkChange, type LinkResult } from './links';
export { MAX_INDEXED_LINK_VALUES, indexedValueCount, overBudgetMessage } from './linkBudget';
export { linkSuggestions, type LinkSuggestion, type SuggestionKind } from './suggestions';
export { COMPLIANCE_LINKS_ENTITY_PROPERTY, LINK_SEARCH_ALIASES, complianceLinksJql, type LinkFilter } from './entityProperty';
export * from '../schemas/complianceLinks';
