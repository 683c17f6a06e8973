import { z } from 'zod';
import { appClassificationPorts } from '../forge/classificationPorts';
import { escalateIssue } from '../services/classification/escalateIssue';
import { isEscalationCandidate } from '../services/classification/isEscalationCandidate';

/** The part of a product trigger event (avi:jira:created|updated:issue) the handler needs. */
const IssueEvent = z.looseObject({
  issue: z.looseObject({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    fields: z.record(z.string(), z.unknown()).optional(),
  }),
});

/**
 * Trigger on issue created and updated. Triggers have no caller to answer: a bad payload or a failure is
 * logged and the handler returns, and the next event for the issue (or a replay) finishes the work.
 */
export async function onIssueChanged(event: unknown): Promise<void> {
  const parsed = IssueEvent.safeParse(event);
  if (!parsed.success) {
    console.warn('on-issue-changed: ignoring an event without an issue id', parsed.error.issues[0]?.message);
    return;
  }
  const { id, fields } = parsed.data.issue;
  const ports = appClassificationPorts();
  try {
    if (!(await isEscalationCandidate(ports, id, fields))) return;
    const outcome = await escalateIssue(ports, id);
    if (outcome.kind === 'skipped') console.info(`on-issue-changed: issue ${id} skipped (${outcome.reason})`);
  } catch (error) {
    console.error(`on-issue-changed: escalation of issue ${id} failed; the next event for it retries`, error);
  }
}
