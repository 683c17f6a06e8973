import { JastBuilder } from '@atlaskit/jql-ast';
import { buildReviewPack, MAX_REVIEW_PAGES } from '../../../src/services/review/buildReviewPack';
import { nonconformityClauses, reviewJql } from '../../../src/services/review/reviewQuery';
import { FIELD_IDS, rawIssue, reviewPorts } from './fakeReviewJira';

const period = { from: '2026-01-01', to: '2026-03-31' };

describe('the management review pack', () => {
  it('counts incidents per domain and month, an issue in two domains counting once in the total', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2026-01-10T09:00:00Z', classification: { service: true, security: true, severity: 2 } }),
      rawIssue({ created: '2026-01-20T09:00:00Z', classification: { ai: true, severity: 1 } }),
      rawIssue({ created: '2026-03-05T09:00:00Z', classification: { service: true } }),
    ]);

    const pack = await buildReviewPack(ports, period);

    if (!pack.ok) throw new Error(pack.error.message);
    expect(pack.value.incidents.total).toBe(3);
    expect(pack.value.incidents.byDomain).toEqual({ service: 2, security: 1, ai: 1 });
    expect(pack.value.incidents.bySeverity).toEqual({ '1': 1, '2': 1, unset: 1 });
    expect(pack.value.incidents.months.map((month) => [month.month, month.total])).toEqual([
      ['2026-01', 2],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
  });

  it('gives the median time to resolve per month from resolved incidents only', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2026-02-01T00:00:00Z', resolved: '2026-02-01T02:00:00Z', classification: { service: true } }),
      rawIssue({ created: '2026-02-02T00:00:00Z', resolved: '2026-02-02T10:00:00Z', classification: { service: true } }),
      rawIssue({ created: '2026-02-03T00:00:00Z', classification: { service: true } }),
    ]);

    const pack = await buildReviewPack(ports, period);

    if (!pack.ok) throw new Error(pack.error.message);
    const february = pack.value.incidents.months.find((month) => month.month === '2026-02')!;
    expect(february).toMatchObject({ total: 3, resolved: 2, medianHoursToResolve: 6 });
    expect(pack.value.incidents.medianHoursToResolve).toBe(6);
  });

  it('leaves incidents created before the period out of the monthly counts', async () => {
    const ports = reviewPorts([rawIssue({ created: '2025-12-30T00:00:00Z', resolved: '2026-01-02T00:00:00Z', classification: { security: true } })]);

    const pack = await buildReviewPack(ports, period);

    expect(pack.ok && pack.value.incidents.total).toBe(0);
  });

  it('groups changes by CAB risk class with their outcomes and counts emergency changes', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2026-01-05T00:00:00Z', cab: { status: 'approved', risk: 'high' } }),
      rawIssue({ created: '2026-01-06T00:00:00Z', cab: { status: 'rejected', risk: 'high' }, labels: ['emergency-change'] }),
      rawIssue({ created: '2026-01-07T00:00:00Z', cab: { status: 'in review' } }),
    ]);

    const pack = await buildReviewPack(ports, period);

    if (!pack.ok) throw new Error(pack.error.message);
    expect(pack.value.changes).toMatchObject({
      total: 3,
      byRisk: { high: 2, unscored: 1 },
      outcomesByRisk: { high: { approved: 1, rejected: 1 }, unscored: { 'in review': 1 } },
      emergency: 1,
    });
    expect(pack.value.changes.emergencyChanges.map((change) => change.riskClass)).toEqual(['high']);
  });

  it('lists issues linked to the nonconformity clause of any standard, 20000-1 10.1 included, with their status', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2025-11-01T00:00:00Z', clauses: ['ISO20000-1:10.1'], status: 'In Progress' }),
      rawIssue({ created: '2026-01-01T00:00:00Z', resolved: '2026-02-01T00:00:00Z', clauses: ['ISO42001:10.2', 'ISO42001:6.1'] }),
      rawIssue({ created: '2026-01-01T00:00:00Z', clauses: ['ISO27001:10.1'] }),
    ]);

    const pack = await buildReviewPack(ports, period);

    if (!pack.ok) throw new Error(pack.error.message);
    expect(pack.value.nonconformities).toMatchObject({ open: 1, resolved: 1 });
    expect(pack.value.nonconformities.items.map((item) => [item.status, item.clauses])).toEqual([
      ['In Progress', ['ISO20000-1:10.1']],
      ['Done', ['ISO42001:10.2']],
    ]);
  });

  it('asks only for the fields it counts, in pages, and stops at the invocation budget', async () => {
    const many = Array.from({ length: MAX_REVIEW_PAGES * 100 + 1 }, () => rawIssue({ created: '2026-01-05T00:00:00Z', classification: { service: true } }));
    const ports = reviewPorts(many);

    const pack = await buildReviewPack(ports, period);

    expect(ports.jira.requests).toHaveLength(MAX_REVIEW_PAGES);
    expect(ports.jira.requests[0]!.fields).toEqual(['summary', 'status', 'issuetype', 'created', 'resolutiondate', 'resolution', 'labels', FIELD_IDS.classification, FIELD_IDS.cabStatus, FIELD_IDS.cabRisk]);
    expect(pack.ok && pack.value).toMatchObject({ truncated: true, issuesScanned: MAX_REVIEW_PAGES * 100 });
  });

  it('refuses a period that ends before it starts', async () => {
    const pack = await buildReviewPack(reviewPorts([]), { from: '2026-03-01', to: '2026-01-01' });

    expect(pack).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'The period must start before it ends' } });
  });
});

describe('the review search', () => {
  it('parses with Atlassian grammar', () => {
    expect(new JastBuilder().build(reviewJql(period)).errors).toEqual([]);
  });

  it('looks for 20000-1 10.1 and 10.2 of 27001 and 42001 as the nonconformity clauses', () => {
    expect(nonconformityClauses()).toEqual(['ISO20000-1:10.1', 'ISO27001:10.2', 'ISO42001:10.2']);
  });
});
