import { builtinCatalog, compareIds, type Catalog, type ClauseId } from '../catalog';
import { addDays, addMonths } from '../evidence';
import type { Audit } from './auditPlan';
import type { PlannedAudit } from './execution';
import { coveredBy } from './programmeScope';

/**
 * Internal audits are typically yearly, so the evidence an audit samples is the year before it starts, up to its
 * planned end (clause 9.2: audits at planned intervals; the checklist shows what happened since the last one).
 */
const EVIDENCE_MONTHS_BEFORE_START = 12;

/** One checklist line per catalog clause or control a scope ref covers (a group or a parent clause brings its members). */
export function checklistClausesOf(refs: readonly ClauseId[], catalog: Catalog = builtinCatalog()): ClauseId[] {
  const clauses = new Set<ClauseId>();
  for (const ref of refs) {
    for (const id of [ref, ...coveredBy(ref, catalog)]) {
      const entry = catalog.lookup(id);
      if (entry !== undefined && entry.kind !== 'scope') clauses.add(id);
    }
  }
  return [...clauses].sort(compareIds);
}

/** A programme audit as execution reads it: scope refs expanded to checklist clauses, the evidence period. */
export function plannedAuditOf(audit: Audit): PlannedAudit {
  return {
    id: audit.id,
    title: audit.title,
    criteria: audit.criteria,
    scopeClauseIds: checklistClausesOf(audit.scope.refs),
    period: { from: addDays(addMonths(audit.plannedStart, -EVIDENCE_MONTHS_BEFORE_START), 1), to: audit.plannedEnd },
    leadAuditor: audit.leadAuditor,
    team: audit.team,
    issueKey: audit.issueKey,
  };
}
