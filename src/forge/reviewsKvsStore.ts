import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { DEFAULT_RECURRING_REVIEW_SETTINGS, RecurringReviewSettingsSchema, type ReviewKind } from '../domain/reviews';
import type { ReviewItemRecord, ReviewRunRecord, ReviewStore, ReviewTaskClaim } from '../ports/reviewsPorts';
import { createIfAbsent } from './kvsConflict';

/**
 * The recurring reviews in Forge key-value storage. Claims are plain keys written with FAIL_IF_EXISTS (conditions
 * on values apply to custom entities only), like the classification's escalation claims: one writer wins.
 */

const SETTINGS_KEY = 'settings:recurring-reviews';
const LAST_RUN_KEY = 'review-run:latest';
const DIGEST_ISSUE_KEY = 'review-digest-issue';
const claimKey = (taskKey: string) => `review-claim:${taskKey}`;
const takeoverKey = (taskKey: string, claimedAt: string) => `review-takeover:${taskKey}:${claimedAt}`;
const itemKey = (kind: ReviewKind, itemId: string) => `review-item:${kind}:${itemId}`;
const digestKey = (day: string) => `review-digest:${day}`;

const ClaimSchema = z.strictObject({
  taskKey: z.string(),
  state: z.enum(['claimed', 'done']),
  claimedAt: z.iso.datetime({ offset: true }),
  issueKey: z.string().optional(),
});
const ItemSchema = z.strictObject({ taskKey: z.string(), issueKey: z.string(), dueDate: z.iso.date(), owner: z.string().nullable() });



/** A stored record that no longer parses is logged and treated as absent, so it cannot stop the run. */
function parsed<T>(schema: z.ZodType<T>, key: string, value: unknown): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  console.warn(`recurring reviews: ignoring an unreadable record at ${key}`);
  return undefined;
}

export const reviewsKvsStore: ReviewStore = {
  async settings() {
    const stored = await kvs.get(SETTINGS_KEY);
    if (stored === undefined) return DEFAULT_RECURRING_REVIEW_SETTINGS;
    const result = RecurringReviewSettingsSchema.safeParse(stored);
    if (result.success) return result.data;
    // The admin page refuses bad settings; a record that still fails (an older version) must not stop the reviews.
    console.warn('recurring reviews: stored settings are invalid, using the defaults', result.error.issues[0]?.message);
    return DEFAULT_RECURRING_REVIEW_SETTINGS;
  },
  async saveSettings(settings) {
    await kvs.set(SETTINGS_KEY, settings);
  },
  async readClaim(taskKey) {
    return parsed<ReviewTaskClaim>(ClaimSchema, claimKey(taskKey), await kvs.get(claimKey(taskKey)));
  },
  claim: (claim) => createIfAbsent(claimKey(claim.taskKey), claim),
  async takeOver(staleClaimedAt, fresh) {
    // A marker key per stale claim gives compare-and-set on claimedAt: one taker per stale claim.
    if (!(await createIfAbsent(takeoverKey(fresh.taskKey, staleClaimedAt), { takenAt: fresh.claimedAt }))) return false;
    await kvs.set(claimKey(fresh.taskKey), fresh);
    return true;
  },
  async saveClaim(claim) {
    await kvs.set(claimKey(claim.taskKey), claim);
  },
  async readItem(kind, itemId) {
    return parsed<ReviewItemRecord>(ItemSchema, itemKey(kind, itemId), await kvs.get(itemKey(kind, itemId)));
  },
  async saveItem(kind, itemId, record) {
    await kvs.set(itemKey(kind, itemId), record);
  },
  claimDigest: (day, claimedAt) => createIfAbsent(digestKey(day), { claimedAt }),
  async digestIssueKey() {
    const value = await kvs.get(DIGEST_ISSUE_KEY);
    return typeof value === 'string' ? value : undefined;
  },
  async saveDigestIssueKey(issueKey) {
    await kvs.set(DIGEST_ISSUE_KEY, issueKey);
  },
  async saveRun(run) {
    await kvs.set(LAST_RUN_KEY, run);
  },
  async lastRun() {
    // Written only by the run itself, in this shape.
    return ((await kvs.get(LAST_RUN_KEY)) as ReviewRunRecord | undefined) ?? null;
  },
};
