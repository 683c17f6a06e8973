import type { Audit } from '../../../src/domain/audit/auditPlan';
import { checklistClausesOf, plannedAuditOf } from '../../../src/domain/audit/executionScope';
import type { ClauseId } from '../../../src/domain/catalog';

const audit = (refs: string[]): Audit => ({
  id: 'AUD-3',
  title: 'Change management',
  scope: { refs: refs as ClauseId[], processes: [], projects: [] },
  criteria: '',
  plannedStart: '2026-03-02',
  plannedEnd: '2026-03-06',
  leadAuditor: '712020:lead',
  team: [],
  status: 'planned',
  issueKey: null,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: '712020:lead',
});

describe('the checklist of a programme audit', () => {
  it('gives a parent clause one line for itself and one per sub-clause, in catalog order', () => {
    expect(checklistClausesOf(['ISO27001:A.8.32', 'ISO20000-1:8.5.1'] as ClauseId[])).toEqual([
      'ISO20000-1:8.5.1',
      'ISO20000-1:8.5.1.1',
      'ISO20000-1:8.5.1.2',
      'ISO20000-1:8.5.1.3',
      'ISO27001:A.8.32',
    ]);
  });

  it('lists a clause once when two scope refs cover it', () => {
    expect(checklistClausesOf(['ISO20000-1:8.5.1', 'ISO20000-1:8.5.1.2'] as ClauseId[])).toHaveLength(4);
  });

  it('samples evidence from the year before the audit starts up to its planned end', () => {
    expect(plannedAuditOf(audit(['ISO27001:A.8.32'])).period).toEqual({ from: '2025-03-03', to: '2026-03-06' });
  });
});
