import { COMPLIANCE_LINKS_ENTITY_PROPERTY } from '../../domain/complianceLinks';
import { evidenceQueries, type EvidencePlan } from '../../domain/evidence';
import { and, inList, type Jql, type JqlResult } from '../../domain/jql';
import type { EvidenceReportDefinition } from '../../domain/schemas/evidence';

/** The issue property the compliance panel writes clause links to (indexed as `imsClause`). */
export const CLAUSE_LINKS_PROPERTY = COMPLIANCE_LINKS_ENTITY_PROPERTY.propertyKey;

/** The plan of a job, recomputed from its definition at its start instant: every invocation searches the same JQL. */
export const planReport = (definition: EvidenceReportDefinition, startedAt: string): JqlResult<EvidencePlan> =>
  evidenceQueries(definition, new Date(startedAt), { clauseLinksProperty: CLAUSE_LINKS_PROPERTY });

/**
 * The job searches as the app, so it adds the projects the starter may browse. The plan's JQL is wrapped as a
 * whole (kind `or` forces parentheses) so a scope with OR can never widen past the restriction.
 */
export function restrictToProjects(searchJql: string, projectIds: readonly string[]): string {
  const plan: Jql = { text: searchJql, kind: 'or' };
  return and(plan, inList('project', projectIds.map(Number))).text;
}
