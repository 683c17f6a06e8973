import { REVIEW_CLAIM_LEASE_MS } from '../../../src/services/reviews/ensureReviewTask';
import { runRecurringReviews } from '../../../src/services/reviews/runRecurringReviews';
import { fakeReviewPorts, risk } from './fakes';

describe('running the recurring reviews', () => {
  it('opens a task for each review within the lead time, assigned to its owner with its due date', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01', 'owner-3'), risk('R-4', '2027-01-15')];

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks().map((issue) => issue.fields)).toEqual([
      expect.objectContaining({ summary: 'Risk review due 2026-12-01: R-3 Risk R-3', dueDate: '2026-12-01', assignee: 'owner-3' }),
    ]);
    expect(ports.sources.riskQueries).toEqual(['2026-12-08']);
    expect(run.counts).toMatchObject({ due: 1, created: 1, failed: 0 });
  });

  it('creates nothing the second time on the same day', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];
    await runRecurringReviews(ports);
    const callsBefore = ports.jira.calls;

    const again = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks()).toHaveLength(1);
    expect(again.counts).toMatchObject({ created: 0, unchanged: 1 });
    expect(ports.jira.calls).toBe(callsBefore);
  });

  it('reassigns the task when the risk owner changes', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01', 'owner-1')];
    await runRecurringReviews(ports);
    ports.sources.risks = [risk('R-3', '2026-12-01', 'owner-2')];

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks().map((issue) => issue.fields.assignee)).toEqual(['owner-2']);
    expect(run.counts.updated).toBe(1);
  });

  it('moves the open task to a new due date instead of opening another', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];
    await runRecurringReviews(ports);
    ports.sources.risks = [risk('R-3', '2026-12-05')];

    await runRecurringReviews(ports);

    const [task, ...more] = ports.jira.reviewTasks();
    expect(more).toHaveLength(0);
    expect(task!.fields).toMatchObject({ dueDate: '2026-12-05', summary: expect.stringContaining('due 2026-12-05') });
    expect(task!.labels).toContain('ims-review-risk-R-3-2026-12-05');
  });

  it('opens a new task for the next due date once the previous one is done', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];
    await runRecurringReviews(ports);
    ports.jira.reviewTasks()[0]!.state = 'done';
    ports.sources.risks = [risk('R-3', '2026-12-07')];

    await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks().map((issue) => issue.fields.dueDate)).toEqual(['2026-12-01', '2026-12-07']);
  });

  it('leaves a task alone while another run holds its claim', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];
    await ports.store.claim({ taskKey: 'risk:R-3:2026-12-01', state: 'claimed', claimedAt: ports.clock.now().toISOString() });

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks()).toHaveLength(0);
    expect(run.counts.claimedElsewhere).toBe(1);
  });

  it('finishes a crashed run’s claim once its lease ran out, finding the issue it created by its label', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];
    const crashedAt = new Date(ports.clock.now().getTime() - REVIEW_CLAIM_LEASE_MS - 1000).toISOString();
    await ports.store.claim({ taskKey: 'risk:R-3:2026-12-01', state: 'claimed', claimedAt: crashedAt });
    await ports.jira.createTask({ summary: 'Risk review due 2026-12-01: R-3 Risk R-3', description: { type: 'doc', version: 1, content: [] }, dueDate: '2026-12-01', assignee: 'owner-1', projectKey: 'IMS', issueTypeName: 'Task', labels: ['ims-review', 'ims-review-risk-R-3-2026-12-01'] });

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks()).toHaveLength(1);
    expect(await ports.store.readClaim('risk:R-3:2026-12-01')).toMatchObject({ state: 'done', issueKey: 'IMS-1' });
    expect(run.counts).toMatchObject({ created: 0, updated: 1 });
  });

  it('catches up after missed days, creating what opened on each of them once', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-1', '2026-12-09'), risk('R-2', '2026-12-10')];
    await runRecurringReviews(ports);
    ports.clock.advanceDays(2);

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks()).toHaveLength(2);
    expect(run.counts.created).toBe(2);
  });

  it('goes on with the other tasks when one fails, and records the problem', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-1', '2026-12-01'), risk('R-2', '2026-12-02')];
    ports.jira.failSummaryContaining = 'R-1';

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks().map((issue) => issue.fields.summary)).toEqual([expect.stringContaining('R-2')]);
    expect(run.counts).toMatchObject({ created: 1, failed: 1 });
    expect(run.problems).toEqual(['risk:R-1:2026-12-01: Jira answered 500']);
  });

  it('plans the SoA, policies and AI impact assessments beside the risks', async () => {
    const ports = fakeReviewPorts();
    ports.sources.soa = { version: 3, approvedAt: '2025-11-30T12:00:00Z' };
    ports.sources.systems = [{ id: 'AIS-1', name: 'Credit scoring', owner: 'ai-owner', lifecycleStage: 'operation', impactAssessmentDue: '2026-11-20' }];
    ports.store.current = { ...ports.store.current, policies: [{ id: 'access-control', name: 'Access control policy', owner: 'policy-owner', cadenceMonths: 12, lastReviewedOn: '2025-12-05' }] };

    const run = await runRecurringReviews(ports);

    expect(ports.jira.reviewTasks().map((issue) => [issue.fields.summary, issue.fields.assignee])).toEqual([
      ['AI impact assessment due 2026-11-20: AIS-1 Credit scoring', 'ai-owner'],
      ['SoA review due 2026-11-30: Statement of Applicability (version 3, approved 2025-11-30)', 'lead-1'],
      ['Policy review due 2026-12-05: Access control policy', 'policy-owner'],
    ]);
    expect(run.counts.overdue).toBe(1);
  });
});

describe('the ISMS lead digest', () => {
  it('comments once a day on one digest task assigned to the project lead, with the stale controls', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-11-20')];
    ports.sources.stale = [{ controlId: 'ISO27001:A.5.24', lastEvidenceDate: null }];

    const first = await runRecurringReviews(ports);
    const second = await runRecurringReviews(ports);

    const digests = ports.jira.issues.filter((issue) => issue.labels.includes('ims-review-digest'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.fields.assignee).toBe('lead-1');
    expect(digests[0]!.comments).toHaveLength(1);
    const text = JSON.stringify(digests[0]!.comments[0]);
    expect(text).toContain('1 opened, 0 moved, 1 overdue');
    expect(text).toContain('ISO27001:A.5.24 (last evidence none)');
    expect(first.digest).toEqual({ issueKey: digests[0]!.key, staleControls: 1 });
    expect(second.digest).toEqual({ skipped: 'already-sent-today' });
    expect(ports.sources.staleChecks).toBe(1);
  });

  it('comments on the same digest task the next day', async () => {
    const ports = fakeReviewPorts();
    await runRecurringReviews(ports);
    ports.clock.advanceDays(1);

    await runRecurringReviews(ports);

    const digests = ports.jira.issues.filter((issue) => issue.labels.includes('ims-review-digest'));
    expect(digests.map((issue) => issue.comments.length)).toEqual([2]);
  });

  it('goes to the configured digest owner instead of the project lead', async () => {
    const ports = fakeReviewPorts();
    ports.store.current = { ...ports.store.current, digestOwner: 'chosen-lead' };

    await runRecurringReviews(ports);

    expect(ports.jira.issues.find((issue) => issue.labels.includes('ims-review-digest'))?.fields.assignee).toBe('chosen-lead');
  });

  it('records the run for the admin page', async () => {
    const ports = fakeReviewPorts();
    ports.sources.risks = [risk('R-3', '2026-12-01')];

    await runRecurringReviews(ports);

    expect(await ports.store.lastRun()).toMatchObject({ day: '2026-11-24', counts: { due: 1, created: 1 }, problems: [] });
  });
});
