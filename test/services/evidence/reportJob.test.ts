import type { ClauseId } from '../../../src/domain/catalog';
import type { EvidenceReportDefinitionInput } from '../../../src/domain/schemas/evidence';
import { cancelReport, jobStatus } from '../../../src/services/evidence/jobCommands';
import { exportCsv } from '../../../src/services/evidence/exportCsv';
import { startReport } from '../../../src/services/evidence/startReport';
import { FakeSearch, FakeUserJira, MemoryJobStore, RecordingQueue, clock, drain, issuesLinkedTo } from './evidenceFakes';

const A832 = 'ISO27001:A.8.32' as ClauseId;
const S851 = 'ISO20000-1:8.5.1' as ClauseId;
const LEAD = 'lead-1';

const definition: EvidenceReportDefinitionInput = {
  name: 'Change evidence',
  standards: ['ISO27001', 'ISO20000-1'],
  selection: [{ kind: 'clauses', ids: [A832, S851] }],
  period: { kind: 'last', count: 12, unit: 'months' },
};

// 1 in 3 issues is linked to A.8.32 itself, the others to 20000-1 8.5.1 (evidence for A.8.32 "via").
const linkPattern = (index: number): ClauseId[] => (index % 3 === 0 ? [A832] : [S851]);

function setUp(issueCount = 750) {
  const jobs = new MemoryJobStore();
  const queue = new RecordingQueue();
  const search = new FakeSearch(issuesLinkedTo(issueCount, linkPattern));
  let ids = 0;
  const start = (userJira = new FakeUserJira()) =>
    startReport({ jobs, queue, userJira, clock, newJobId: () => `job-${(ids += 1)}` }, definition, LEAD);
  return { jobs, queue, search, start };
}

async function finishedReport(run: ReturnType<typeof setUp>, jobId: string) {
  const status = await jobStatus(run.jobs, jobId, LEAD);
  if (!status.ok) throw new Error(status.error.message);
  return status.value;
}

async function uninterruptedCoverage(issueCount = 750) {
  const run = setUp(issueCount);
  const started = await run.start();
  if (!started.ok) throw new Error(started.error.message);
  await drain(run);
  return (await finishedReport(run, started.value.jobId)).report?.coverage;
}

describe('evidence report jobs', () => {
  it('counts direct evidence and evidence via the mapped clause of the other standard', async () => {
    const run = setUp(30);
    const started = await run.start();
    expect(started).toMatchObject({ ok: true, value: { status: 'queued', percent: 0 } });
    if (!started.ok) return;

    await drain(run);

    const view = await finishedReport(run, started.value.jobId);
    expect(view).toMatchObject({ status: 'done', percent: 100, issuesScanned: 30 });
    const a832 = view.report?.coverage.rows.find((row) => row.clause === A832);
    expect(a832).toMatchObject({ status: 'covered', direct: 10, viaMapped: 20, via: [{ source: S851, count: 20 }] });
    expect(view.report?.permissionMode).toBe('app-filtered');
    expect(view.report?.searchJql).toContain('project IN (10000, 10001)');
  });

  it('asks Jira only for the plan fields and the clause-links property, 100 issues a page', async () => {
    const run = setUp(250);
    await run.start();
    await drain(run);

    expect(run.search.requests).toHaveLength(3);
    expect(run.search.requests[0]).toMatchObject({ maxResults: 100, properties: ['imsLinks'] });
    expect(run.search.requests[0]?.fields).not.toContain('*all');
  });

  it('resumes after a crash mid-job with the same report as an uninterrupted run', async () => {
    const expected = await uninterruptedCoverage();
    const run = setUp();
    run.search.failAt({ atPage: 4, kind: 'crash' });
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);

    const { failures } = await drain(run);

    expect(failures).toBe(1);
    expect((await finishedReport(run, started.value.jobId)).report?.coverage).toEqual(expected);
    // Pages 0-3 were checkpointed before the crash, so only page 4 was fetched again.
    expect(run.search.requests).toHaveLength(8);
  });

  it('never double-counts a page replayed after a crash between checkpoint and job record', async () => {
    const expected = await uninterruptedCoverage();
    const run = setUp();
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);
    const originalWrite = run.jobs.writeCheckpoint.bind(run.jobs);
    let writes = 0;
    run.jobs.writeCheckpoint = async (...args) => {
      writes += 1;
      if (writes === 3) run.jobs.failNextPutJob = true;
      return originalWrite(...args);
    };

    await drain(run);

    const view = await finishedReport(run, started.value.jobId);
    expect(view.issuesScanned).toBe(750);
    expect(view.report?.coverage).toEqual(expected);
  });

  it('honours a 429 by re-queuing the step with the Retry-After delay, then finishes with the same report', async () => {
    const expected = await uninterruptedCoverage();
    const run = setUp();
    run.search.failAt({ atPage: 2, kind: 'rate-limited', retryAfterSeconds: 42 });
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);

    const { outcomes } = await drain(run);

    expect(outcomes).toEqual(['rate-limited', 'finished']);
    expect(run.queue.pushed[1]).toEqual({ event: { jobId: started.value.jobId, step: 1 }, delayInSeconds: 42 });
    expect((await finishedReport(run, started.value.jobId)).report?.coverage).toEqual(expected);
  });

  it('hands over to a new invocation when the time budget runs out and skips a duplicate delivery', async () => {
    const expected = await uninterruptedCoverage();
    const run = setUp();
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);
    // The platform delivers the first event twice.
    run.queue.pending.push(run.queue.pending[0]!);

    const { outcomes } = await drain({ ...run, budgetMs: 3_000, elapsedPerPage: 1_000 });

    expect(outcomes.filter((outcome) => outcome === 'continued')).toHaveLength(2);
    expect(outcomes.filter((outcome) => outcome === 'skipped')).toHaveLength(1);
    expect((await finishedReport(run, started.value.jobId)).report?.coverage).toEqual(expected);
    expect(run.search.requests).toHaveLength(8);
  });

  it('stops at the next page when the user cancels, and keeps no checkpoint', async () => {
    const run = setUp();
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);
    const original = run.search.searchPage.bind(run.search);
    run.search.searchPage = async (request) => {
      if (run.search.requests.length === 2) await cancelReport(run.jobs, started.value.jobId, LEAD);
      return original(request);
    };

    await drain(run);

    expect(await jobStatus(run.jobs, started.value.jobId, LEAD)).toMatchObject({ ok: true, value: { status: 'cancelled', percent: 0 } });
    expect(run.search.requests).toHaveLength(3);
    expect(run.jobs.checkpointKeys()).toEqual([]);
  });

  it('asks Jira for an approximate count once, when the job is long enough to show a percentage', async () => {
    const run = setUp(2_500);
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);

    await drain({ ...run, budgetMs: 21_000, elapsedPerPage: 1_000 });

    expect(run.search.countCalls).toBe(1);
    const job = await run.jobs.getJob(started.value.jobId);
    expect(job?.totalEstimate).toBe(2_500);
  });

  it('refuses a scope JQL Jira rejects with Jira’s own message and starts nothing', async () => {
    const run = setUp();
    const userJira = new FakeUserJira(['10000'], () => ["Error in the JQL Query: Expecting ')' but got the end of the query."]);
    const result = await startReport(
      { jobs: run.jobs, queue: run.queue, userJira, clock, newJobId: () => 'job-x' },
      { ...definition, scope: { kind: 'jql', jql: 'project = SD AND (' } },
      LEAD,
    );

    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: "The scope JQL is not valid: Error in the JQL Query: Expecting ')' but got the end of the query." },
    });
    expect(run.queue.pushed).toEqual([]);
  });

  it('gives a user who may browse no project an empty report without searching', async () => {
    const run = setUp();
    const started = await run.start(new FakeUserJira([]));
    if (!started.ok) throw new Error(started.error.message);

    await drain(run);

    const view = await finishedReport(run, started.value.jobId);
    expect(view.report?.coverage.issuesCounted).toBe(0);
    expect(run.search.requests).toEqual([]);
  });

  it('shows a job only to the user who started it', async () => {
    const run = setUp(10);
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);

    expect(await jobStatus(run.jobs, started.value.jobId, 'someone-else')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await exportCsv(run.jobs, { jobId: started.value.jobId, kind: 'matrix' }, 'someone-else')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('exports the coverage matrix and the evidence list as CSV with a byte order mark', async () => {
    const run = setUp(10);
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);
    await drain(run);

    const matrix = await exportCsv(run.jobs, { jobId: started.value.jobId, kind: 'matrix' }, LEAD);
    const evidence = await exportCsv(run.jobs, { jobId: started.value.jobId, kind: 'evidence', siteUrl: 'https://example.atlassian.net' }, LEAD);

    expect(matrix).toMatchObject({ ok: true, value: { filename: 'change-evidence-matrix-2026-11-24.csv' } });
    if (!matrix.ok || !evidence.ok) return;
    expect(matrix.value.content.startsWith('\uFEFFClause,Title,Status')).toBe(true);
    expect(matrix.value.content).toContain('ISO27001:A.8.32');
    expect(evidence.value.content).toContain('https://example.atlassian.net/browse/SD-1');
  });

  it('refuses an export of a report that is not finished', async () => {
    const run = setUp(10);
    const started = await run.start();
    if (!started.ok) throw new Error(started.error.message);

    expect(await exportCsv(run.jobs, { jobId: started.value.jobId, kind: 'matrix' }, LEAD)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
