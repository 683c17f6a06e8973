import {
  FIELDS_PAGE_SIZE,
  coverageFromCheckpoint,
  coverageSetup,
  createCoverageAggregator,
  shouldCountForProgress,
  type CoverageAggregator,
} from '../../domain/evidence';
import { JiraRateLimited, type EvidenceJobRecord, type EvidenceJobStore, type EvidenceQueue, type EvidenceSearchPort, type Stopwatch } from '../../ports/evidence';
import type { Clock } from '../../ports/clock';
import { planReport } from './reportPlan';

export interface WorkerDeps {
  jobs: EvidenceJobStore;
  search: EvidenceSearchPort;
  queue: EvidenceQueue;
  clock: Clock;
  elapsed: Stopwatch;
  /** Stop fetching pages after this much work and hand over to a new invocation. */
  budgetMs?: number;
}

/**
 * No invocation may run over 20 s: stop starting pages after 12 s, which leaves room for one slow page (the workbench
 * took up to 2.5 s a page on 50k issues) and its checkpoint, far inside the consumer's own 60 s timeout.
 */
export const WORK_BUDGET_MS = 12_000;

export type StepOutcome = 'finished' | 'continued' | 'rate-limited' | 'cancelled' | 'skipped' | 'failed';

async function resumeAggregator(jobs: EvidenceJobStore, job: EvidenceJobRecord): Promise<CoverageAggregator | string> {
  if (job.checkpoint !== undefined) {
    const stored = await jobs.readCheckpoint(job.jobId, job.checkpoint.generation, job.checkpoint.parts);
    const resumed = coverageFromCheckpoint(stored);
    return resumed.ok ? resumed.value : resumed.error.message;
  }
  const plan = planReport(job.definition, job.startedAt);
  return plan.ok ? createCoverageAggregator(coverageSetup(plan.value)) : plan.error.message;
}

/**
 * One invocation of the `evidence-jobs` consumer: resumes the job from its checkpoint, fetches pages until the
 * search ends, the time budget runs out, Jira rate-limits it or the user cancels, and checkpoints after each page.
 * A replayed page cannot double-count: the checkpoint holds the counted ids and the token of the next page.
 */
export async function runReportStep(deps: WorkerDeps, event: { jobId: string; step: number }): Promise<StepOutcome> {
  const { jobs, search, queue, clock, elapsed } = deps;
  const budgetMs = deps.budgetMs ?? WORK_BUDGET_MS;
  const stored = await jobs.getJob(event.jobId);
  // Another step's event is a duplicate delivery or a leftover: running it would fork the job.
  if (stored === undefined || stored.step !== event.step || (stored.status !== 'queued' && stored.status !== 'running')) return 'skipped';
  let job: EvidenceJobRecord = { ...stored, status: 'running' };
  const startedMs = elapsed();
  const worked = (): number => job.workMs + (elapsed() - startedMs);

  const stop = async (status: 'cancelled' | 'failed', message: string): Promise<void> => {
    await jobs.putJob({ ...job, status, message, workMs: worked(), finishedAt: clock.now().toISOString() });
    if (job.checkpoint !== undefined) await jobs.deleteCheckpoint(job.jobId, job.checkpoint.generation, job.checkpoint.parts);
  };

  if (await jobs.isCancelRequested(job.jobId)) {
    await stop('cancelled', 'Cancelled by the user');
    return 'cancelled';
  }
  const aggregator = await resumeAggregator(jobs, job);
  if (typeof aggregator === 'string') {
    await stop('failed', aggregator);
    return 'failed';
  }

  const saveProgress = async (changes: Partial<EvidenceJobRecord>): Promise<void> => {
    const previous = job.checkpoint;
    const generation = (previous?.generation ?? 0) + 1;
    const parts = await jobs.writeCheckpoint(job.jobId, generation, aggregator.toCheckpoint());
    job = { ...job, ...changes, checkpoint: { generation, parts }, issuesScanned: aggregator.issuesCounted, workMs: worked() };
    // The job record switches generations in one write; the old parts go only after it.
    await jobs.putJob(job);
    if (previous !== undefined) await jobs.deleteCheckpoint(job.jobId, previous.generation, previous.parts);
  };

  const handOver = async (delayInSeconds?: number): Promise<void> => {
    job = { ...job, step: job.step + 1, workMs: worked() };
    await jobs.putJob(job);
    await queue.push({ jobId: job.jobId, step: job.step }, delayInSeconds);
  };

  const plan = planReport(job.definition, job.startedAt);
  if (!plan.ok) {
    await stop('failed', plan.error.message);
    return 'failed';
  }
  const { fields, properties } = plan.value.search;
  // No browsable project: nothing the user may see, so an empty report without asking Jira.
  if (job.projectIds.length === 0) {
    await saveProgress({ status: 'done', finishedAt: clock.now().toISOString() });
    return 'finished';
  }
  await jobs.putJob(job);

  for (;;) {
    if (elapsed() - startedMs >= budgetMs) {
      await handOver();
      return 'continued';
    }
    if (await jobs.isCancelRequested(job.jobId)) {
      await stop('cancelled', 'Cancelled by the user');
      return 'cancelled';
    }
    let page;
    try {
      page = await search.searchPage({
        jql: job.searchJql,
        fields,
        properties,
        maxResults: FIELDS_PAGE_SIZE,
        ...(job.nextPageToken === undefined ? {} : { nextPageToken: job.nextPageToken }),
      });
    } catch (error) {
      if (!(error instanceof JiraRateLimited)) throw error;
      // The adapter already waited within this invocation; waiting longer would burn the consumer's time.
      await handOver(error.retryAfterSeconds);
      return 'rate-limited';
    }
    for (const issue of page.issues) aggregator.add(issue);
    const pagesFetched = job.pagesFetched + 1;
    const hasNext = page.nextPageToken !== undefined;
    const totalEstimate = shouldCountForProgress(pagesFetched, hasNext) ? await search.approximateCount(job.searchJql) : job.totalEstimate;
    job = { ...job, pagesFetched, ...(totalEstimate === undefined ? {} : { totalEstimate }) };
    if (!hasNext) {
      await saveProgress({ status: 'done', finishedAt: clock.now().toISOString(), nextPageToken: undefined });
      return 'finished';
    }
    await saveProgress({ nextPageToken: page.nextPageToken });
  }
}
