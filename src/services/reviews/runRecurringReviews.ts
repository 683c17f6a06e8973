import { dayOf, planReviewTasks } from '../../domain/reviews';
import type { ReviewRunCounts, ReviewRunRecord } from '../../ports/reviewsPorts';
import { collectReviewItems } from './collectReviewItems';
import { ensureReviewTask, type TaskOutcome } from './ensureReviewTask';
import type { RecurringReviewPorts } from './ports';
import { sendDigest } from './sendDigest';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One run of the recurring reviews (the daily scheduled trigger): every review task that should exist today is
 * created or brought up to date once, the ISMS lead gets the day's digest, and the run is recorded for the admin
 * page. Safe to run any number of times a day and after missed days.
 */
export async function runRecurringReviews(ports: RecurringReviewPorts): Promise<ReviewRunRecord> {
  const { store, jira, clock } = ports;
  const ranAt = clock.now();
  const day = dayOf(ranAt);
  const settings = await store.settings();
  const problems: string[] = [];

  let digestOwner: Promise<string | null> | undefined;
  // Asked of Jira at most once a run, and only when the SoA or the digest needs it.
  const ownerOfDigest = () => (digestOwner ??= settings.digestOwner !== null ? Promise.resolve(settings.digestOwner) : jira.projectLead(settings.projectKey));

  const tasks = planReviewTasks({ items: await collectReviewItems(ports, settings, day, ownerOfDigest), today: day, leadTimeDays: settings.leadTimeDays });
  const outcomes: TaskOutcome[] = [];
  let failed = 0;
  // One task after another: each Jira write finishes before the next starts, which keeps within the rate limits.
  for (const task of tasks) {
    try {
      outcomes.push(await ensureReviewTask(ports, settings, task));
    } catch (error) {
      failed += 1;
      problems.push(`${task.key}: ${messageOf(error)}`);
    }
  }

  let digest: ReviewRunRecord['digest'];
  try {
    digest = await sendDigest(ports, settings, day, outcomes, ownerOfDigest, problems);
  } catch (error) {
    problems.push(`Digest: ${messageOf(error)}`);
    digest = { skipped: 'failed' };
  }
  const count = (result: TaskOutcome['result']) => outcomes.filter((outcome) => outcome.result === result).length;
  const counts: ReviewRunCounts = {
    due: tasks.length,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    claimedElsewhere: count('claimed-elsewhere'),
    failed,
    overdue: tasks.filter((task) => task.isOverdue).length,
  };
  const run: ReviewRunRecord = { ranAt: ranAt.toISOString(), day, counts, digest, problems };
  await store.saveRun(run);
  return run;
}
