import { builtinCatalog, type Catalog, type ClauseId } from '../catalog';
import { equals, inList } from '../jql';
import { evidenceSourcesFor } from './mappedEvidence';
import { CLAUSE_ALIAS } from './queryPlan';

export const RISK_ALIAS = 'imsRisk';

/**
 * What `issue in imsEvidence("ISO27001:A.8.32")` returns: JQL over our alias, not a key list (JQL functions may
 * return at most 1,000 values), covering the clause and the clauses it borrows evidence from.
 */
export function imsEvidenceJql(clause: ClauseId, catalog: Catalog = builtinCatalog()): string {
  const clauses = [clause, ...evidenceSourcesFor(clause, catalog).map((source) => source.clause)];
  return (clauses.length === 1 ? equals(CLAUSE_ALIAS, clause) : inList(CLAUSE_ALIAS, clauses)).text;
}

/** What `issue in imsRiskLinked("R-12")` returns; the id is escaped like any user value. */
export const imsRiskLinkedJql = (riskId: string): string => equals(RISK_ALIAS, riskId).text;
