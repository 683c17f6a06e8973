/** The ISO catalog: clauses, reference controls and cross-standard mappings of 20000-1, 27001 and 42001. */
export { STANDARD_IDS, CATALOG_EDITIONS, isStandardId, type StandardId } from './standards';
export type { CatalogResult, InvalidInput } from './result';
export {
  ClauseIdSchema,
  WHOLE_ANNEX_REF,
  WHOLE_SYSTEM_REF,
  clauseIdParts,
  formatClauseId,
  parseClauseId,
  refKind,
  type ClauseId,
  type RefKind,
} from './clauseId';
export { CatalogFileSchema, ConfidenceSchema, type CatalogFile } from './catalogFile';
export type {
  CatalogData,
  CatalogEntry,
  CatalogMapping,
  Confidence,
  ControlGroup,
  MappingCategory,
  Origin,
  StandardInfo,
} from './catalogTypes';
export { buildCatalogData } from './buildCatalogData';
export { createCatalog, type Catalog, type RelatedClause } from './catalog';
export type { SearchHit, SearchMatch, SearchOptions } from './search';
export type { HarmonizedEquivalent } from './harmonized';
export { compareIds, compareRefs } from './ordering';
export {
  CatalogOverrideSchema,
  CatalogOverridesSchema,
  HeadingOverrideSchema,
  MappingOverrideSchema,
  USER_MAPPING_RELATIONS,
  USER_MAPPING_SOURCE,
  applyOverrides,
  type CatalogOverride,
  type HeadingOverride,
  type MappingOverride,
} from './overrides';
export { KnownClauseIdSchema, builtinCatalog, builtinCatalogData, isKnownClause } from './builtin';
