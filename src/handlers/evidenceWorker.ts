import type { AsyncEvent } from '@forge/events';
import { z } from 'zod';
import { evidenceSearchAsApp } from '../forge/evidenceJira';
import { forgeEvidenceQueue } from '../forge/evidenceQueue';
import { kvsEvidenceJobStore } from '../forge/evidenceStore';
import { runReportStep } from '../services/evidence/runReportStep';

const StepEvent = z.object({ jobId: z.string().min(1), step: z.number().int().min(0) });

/**
 * The `evidence-jobs` consumer: one step of a report job. A malformed event is dropped (a retry cannot fix it);
 * an unexpected error is thrown so the platform delivers the event again and the step resumes from its checkpoint.
 */
export async function evidenceWorker(event: AsyncEvent): Promise<void> {
  const body = StepEvent.safeParse(event.body);
  if (!body.success) {
    console.error('evidence-worker: dropped a malformed event', body.error.issues[0]?.message);
    return;
  }
  const started = performance.now();
  await runReportStep(
    { jobs: kvsEvidenceJobStore, search: evidenceSearchAsApp(), queue: forgeEvidenceQueue(), clock: { now: () => new Date() }, elapsed: () => performance.now() - started },
    body.data,
  );
}
