import type { ClauseId, StandardId } from '../catalog';
import { jqlString } from '../jql/jqlString';
import { COMPLIANCE_LINKS_PROPERTY_KEY } from '../schemas/complianceLinks';
import type { RiskId } from '../schemas/risk';

/** JQL names of the indexed link values: `imsClause = "ISO27001:A.5.24"`, `imsStandard = "ISO42001"`, `imsRisk = "R-12"`. */
export const LINK_SEARCH_ALIASES = { clauses: 'imsClause', standards: 'imsStandard', risks: 'imsRisk' } as const;

/**
 * The `jira:entityProperty` module for manifest.yml. Each path is an array of strings: Jira indexes every element,
 * so `imsClause = "X"` matches an issue whose list contains X. Forge allows 30 indexed values across all the
 * app's entityProperty modules; these use 3.
 */
export const COMPLIANCE_LINKS_ENTITY_PROPERTY = {
  key: 'ims-compliance-links',
  entityType: 'issue',
  propertyKey: COMPLIANCE_LINKS_PROPERTY_KEY,
  values: [
    { path: 'clauses', type: 'string', searchAlias: LINK_SEARCH_ALIASES.clauses },
    { path: 'standards', type: 'string', searchAlias: LINK_SEARCH_ALIASES.standards },
    { path: 'risks', type: 'string', searchAlias: LINK_SEARCH_ALIASES.risks },
  ],
} as const;

export interface LinkFilter {
  /** Issues linked to any of these clauses. */
  clauses?: readonly ClauseId[];
  standards?: readonly StandardId[];
  /** Issues linked to any of these risks. */
  risks?: readonly RiskId[];
}

const anyOf = (alias: string, values: readonly string[]): string =>
  values.length === 1 ? `${alias} = ${jqlString(values[0] ?? '')}` : `${alias} IN (${values.map(jqlString).join(', ')})`;

/** JQL over the link aliases; every condition given must hold. An empty filter finds every issue with a clause link. */
export function complianceLinksJql(filter: LinkFilter): string {
  const conditions: string[] = [];
  if (filter.clauses !== undefined && filter.clauses.length > 0) conditions.push(anyOf(LINK_SEARCH_ALIASES.clauses, filter.clauses));
  if (filter.standards !== undefined && filter.standards.length > 0) conditions.push(anyOf(LINK_SEARCH_ALIASES.standards, filter.standards));
  if (filter.risks !== undefined && filter.risks.length > 0) conditions.push(anyOf(LINK_SEARCH_ALIASES.risks, filter.risks));
  return conditions.length === 0 ? `${LINK_SEARCH_ALIASES.clauses} IS NOT EMPTY` : conditions.join(' AND ');
}
