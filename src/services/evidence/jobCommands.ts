import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobRecord, EvidenceJobStore } from '../../ports/evidence';
import type { EvidenceJobView } from './evidenceView';
import { presentJob } from './presentJob';

/**
 * A job's report holds what its starter may see, so only the starter reads, exports or cancels it; anyone else is
 * told it does not exist rather than that it does.
 */
export async function ownJob(jobs: EvidenceJobStore, jobId: string, accountId: string): Promise<HandlerResult<EvidenceJobRecord>> {
  const job = await jobs.getJob(jobId);
  if (job === undefined || job.startedBy !== accountId) return { ok: false, error: { code: 'NOT_FOUND', message: `No report job ${jobId}` } };
  return { ok: true, value: job };
}

export async function jobStatus(jobs: EvidenceJobStore, jobId: string, accountId: string): Promise<HandlerResult<EvidenceJobView>> {
  const job = await ownJob(jobs, jobId, accountId);
  return job.ok ? presentJob(jobs, job.value) : job;
}

/** Asks the worker to stop; a queued job that never ran is cancelled at once, a finished one stays as it is. */
export async function cancelReport(jobs: EvidenceJobStore, jobId: string, accountId: string): Promise<HandlerResult<EvidenceJobView>> {
  const job = await ownJob(jobs, jobId, accountId);
  if (!job.ok) return job;
  if (job.value.status !== 'queued' && job.value.status !== 'running') return presentJob(jobs, job.value);
  await jobs.requestCancel(jobId);
  // The worker sees the flag before its next page and records the cancellation itself; show it now.
  return presentJob(jobs, { ...job.value, status: 'cancelled', message: 'Cancelling: the report stops after the current page' });
}
