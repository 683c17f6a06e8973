import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appReviewPorts } from '../forge/reviewsPorts';
import { runRecurringReviews } from '../services/reviews/runRecurringReviews';

/** What Forge sends a scheduled trigger: the module it fired for and an opaque token. */
const ScheduledTriggerRequest = z.looseObject({ context: z.looseObject({ cloudId: z.string().min(1), moduleKey: z.string().min(1) }) });

/** The platform records any other shape as a 424 failure, so the handler always answers this one. */
export interface ScheduledTriggerResponse {
  statusCode: number;
  headers?: Record<string, string[]>;
  body?: string;
}

/**
 * The daily `recurring-reviews` scheduled trigger. Forge may deliver it twice and never retries a failure: the run
 * is idempotent per review task and day, and tomorrow's run finishes what today's could not.
 */
export async function reviewScheduler(request: unknown): Promise<ScheduledTriggerResponse> {
  const parsed = ScheduledTriggerRequest.safeParse(request);
  if (!parsed.success) {
    console.warn('review-scheduler: not a scheduled trigger request', parsed.error.issues[0]?.message);
    return { statusCode: 400, body: 'Not a scheduled trigger request' };
  }
  try {
    const run = await runRecurringReviews(appReviewPorts());
    if (run.problems.length > 0) console.warn(`review-scheduler: ${run.problems.length} problem(s)`, run.problems);
    return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ day: run.day, counts: run.counts }) };
  } catch (error) {
    const correlationId = randomUUID();
    console.error(`review-scheduler: the run failed [${correlationId}]; the next run retries`, error);
    return { statusCode: 500, body: `The run failed (${correlationId})` };
  }
}
