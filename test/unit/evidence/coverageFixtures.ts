import type { ClauseId } from '../../../src/domain/catalog';
import { coverageSetup, evidenceQueries, type CoverageSetup, type EvidenceIssue } from '../../../src/domain/evidence';
import { id } from '../catalog/ids';
import { NOW, definition } from './fixtures';

/** 27001 A.8.32 and A.5.24 over 2025-03-01 … 2026-02-28, mapped evidence on (A.8.32 ← 20000-1 8.5.1). */
export function setup(drillDownLimit?: number): CoverageSetup {
  const plan = evidenceQueries(
    definition({ selection: [{ kind: 'clauses', ids: ['ISO27001:A.8.32', 'ISO27001:A.5.24', 'ISO27001:A.5.1'] }] }),
    NOW,
    { clauseLinksProperty: 'ims-links' },
  );
  if (!plan.ok) throw new Error(plan.error.message);
  return coverageSetup(plan.value, drillDownLimit === undefined ? {} : { drillDownLimit });
}

export function issue(n: number, clauses: string[], resolved: string | null = '2026-01-10T09:00:00.000+0000'): EvidenceIssue {
  return {
    id: String(10000 + n),
    key: `SD-${n}`,
    summary: `Issue ${n}`,
    type: 'Change',
    status: 'Done',
    resolutiondate: resolved,
    assignee: 'Ada Admin',
    clauses: clauses.map(id) as ClauseId[],
  };
}
