import { REVIEW_LABEL, reviewTaskDescription, reviewTaskLabel, reviewTaskSummary, type RecurringReviewSettings, type ReviewTask } from '../../domain/reviews';
import type { ReviewItemRecord, ReviewTaskClaim, ReviewTaskFields } from '../../ports/reviewsPorts';
import type { RecurringReviewPorts } from './ports';

export type TaskResult = 'created' | 'updated' | 'unchanged' | 'claimed-elsewhere';

export interface TaskOutcome {
  task: ReviewTask;
  result: TaskResult;
  issueKey?: string;
}

// Longer than the longest Forge function timeout (900 s): a live run never loses its claim to another.
export const REVIEW_CLAIM_LEASE_MS = 15 * 60 * 1000;

const fieldsOf = (task: ReviewTask): ReviewTaskFields => ({
  summary: reviewTaskSummary(task),
  description: reviewTaskDescription(task),
  dueDate: task.dueDate,
  assignee: task.owner,
});

/**
 * Makes the Jira task for one review key exist, exactly once whatever the number of runs and deliveries:
 * - already done for this key: only an owner change is written (the assignee follows the register);
 * - new key: claimed create-if-absent first; the item's previous task is moved to the new due date while it is
 *   still open (the date was edited), else a new task is created;
 * - a claim whose lease ran out (the run crashed or timed out) is taken over once and finished, finding an issue
 *   created before the crash by its label rather than creating a second one.
 */
export async function ensureReviewTask(ports: RecurringReviewPorts, settings: RecurringReviewSettings, task: ReviewTask): Promise<TaskOutcome> {
  const { store, clock } = ports;
  const item = await store.readItem(task.kind, task.itemId);
  if (item?.taskKey === task.key) {
    if (item.owner === task.owner) return { task, result: 'unchanged', issueKey: item.issueKey };
    await ports.jira.updateTask(item.issueKey, fieldsOf(task));
    await store.saveItem(task.kind, task.itemId, { ...item, owner: task.owner });
    return { task, result: 'updated', issueKey: item.issueKey };
  }

  const now = clock.now();
  const fresh: ReviewTaskClaim = { taskKey: task.key, state: 'claimed', claimedAt: now.toISOString() };
  const existing = await store.readClaim(task.key);
  if (existing === undefined) {
    if (!(await store.claim(fresh))) return { task, result: 'claimed-elsewhere' };
    return openTask(ports, settings, task, fresh, item, false);
  }
  if (existing.state === 'done' && existing.issueKey !== undefined) {
    // The item's due date came back to one it had before: that date's task is brought in line again.
    return openTask(ports, settings, task, existing, undefined, false);
  }
  if (now.getTime() < Date.parse(existing.claimedAt) + REVIEW_CLAIM_LEASE_MS) return { task, result: 'claimed-elsewhere' };
  const resumed: ReviewTaskClaim = { ...existing, state: 'claimed', claimedAt: now.toISOString() };
  if (!(await store.takeOver(existing.claimedAt, resumed))) return { task, result: 'claimed-elsewhere' };
  return openTask(ports, settings, task, resumed, item, true);
}

async function openTask(
  ports: RecurringReviewPorts,
  settings: RecurringReviewSettings,
  task: ReviewTask,
  claim: ReviewTaskClaim,
  previous: ReviewItemRecord | undefined,
  isResume: boolean,
): Promise<TaskOutcome> {
  const { jira, store } = ports;
  const label = reviewTaskLabel(task);
  let issueKey = claim.issueKey;
  if (issueKey === undefined && previous !== undefined && (await jira.taskState(previous.issueKey)) === 'open') issueKey = previous.issueKey;
  if (issueKey === undefined && isResume) issueKey = (await jira.findTaskByLabel(settings.projectKey, label)) ?? undefined;

  let result: TaskResult = 'updated';
  if (issueKey === undefined) {
    const created = await jira.createTask({ ...fieldsOf(task), projectKey: settings.projectKey, issueTypeName: settings.issueTypeName, labels: [REVIEW_LABEL, label] });
    issueKey = created.key;
    result = 'created';
    // Recorded at once: a crash from here on resumes with the key instead of searching.
    await store.saveClaim({ ...claim, issueKey });
  } else {
    await jira.updateTask(issueKey, fieldsOf(task), label);
  }
  // The item first, then the claim: a crash between the two leaves the item pointing at this key, which is "done".
  await store.saveItem(task.kind, task.itemId, { taskKey: task.key, issueKey, dueDate: task.dueDate, owner: task.owner });
  await store.saveClaim({ ...claim, state: 'done', issueKey });
  return { task, result, issueKey };
}
