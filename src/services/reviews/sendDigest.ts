import { DIGEST_SUMMARY, REVIEW_LABEL, digestComment, digestIssueDescription, type DigestEntry, type RecurringReviewSettings } from '../../domain/reviews';
import type { ReviewRunRecord } from '../../ports/reviewsPorts';
import type { TaskOutcome } from './ensureReviewTask';
import type { RecurringReviewPorts } from './ports';

const DIGEST_LABEL = 'ims-review-digest';

const entriesOf = (outcomes: readonly TaskOutcome[]): DigestEntry[] =>
  outcomes.flatMap((outcome) => (outcome.issueKey === undefined ? [] : [{ task: outcome.task, issueKey: outcome.issueKey }]));

/**
 * The ISMS lead's digest: one comment a day on a standing digest task assigned to them (a new task only when
 * there is none yet or it was deleted). Claimed per day, so a second run that day neither comments again nor
 * repeats the stale-evidence search, which is the run's one expensive read.
 */
export async function sendDigest(
  ports: RecurringReviewPorts,
  settings: RecurringReviewSettings,
  day: string,
  outcomes: readonly TaskOutcome[],
  ownerOf: () => Promise<string | null>,
  problems: string[],
): Promise<ReviewRunRecord['digest']> {
  const { store, jira, sources, clock } = ports;
  if (!(await store.claimDigest(day, clock.now().toISOString()))) return { skipped: 'already-sent-today' };
  const owner = await ownerOf();
  if (owner === null) return { skipped: 'no-owner' };

  let staleControls: { controlId: string; lastEvidenceDate: string | null }[] | null = null;
  try {
    staleControls = await sources.staleControls(settings.staleEvidenceDays, clock.now());
  } catch (error) {
    problems.push(`Stale-evidence check: ${error instanceof Error ? error.message : String(error)}`);
  }
  const body = digestComment({
    today: day,
    created: entriesOf(outcomes.filter((outcome) => outcome.result === 'created')),
    moved: entriesOf(outcomes.filter((outcome) => outcome.result === 'updated')),
    overdue: entriesOf(outcomes.filter((outcome) => outcome.task.isOverdue)),
    staleControls,
    staleAfterDays: settings.staleEvidenceDays,
  });

  let issueKey = await store.digestIssueKey();
  if (issueKey === undefined || !(await jira.addComment(issueKey, body))) {
    const created = await jira.createTask({
      summary: DIGEST_SUMMARY,
      description: digestIssueDescription(),
      dueDate: null,
      assignee: owner,
      projectKey: settings.projectKey,
      issueTypeName: settings.issueTypeName,
      labels: [REVIEW_LABEL, DIGEST_LABEL],
    });
    issueKey = created.key;
    await store.saveDigestIssueKey(issueKey);
    await jira.addComment(issueKey, body);
  }
  return { issueKey, staleControls: staleControls?.length ?? null };
}
