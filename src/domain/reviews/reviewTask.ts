/**
 * The recurring reviews of the management system (ISO 27001 6.1.3/8.2 risk reviews, 5.2/7.5 policy reviews,
 * 9.3 inputs; ISO 42001 6.1.4/8.4 AI system impact assessments): each reviewed thing has one next due date;
 * a review task exists once per thing and due date.
 */
export const REVIEW_KINDS = ['risk', 'soa', 'policy', 'ai-impact'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** Something that is reviewed on a cadence, with the day its next review is due. */
export interface ReviewItem {
  kind: ReviewKind;
  /** R-3, SOA, a policy id, AIS-2: stable across due dates. */
  itemId: string;
  /** What the owner reads in the task summary, e.g. "R-3 Phishing of staff credentials". */
  title: string;
  /** Account id of the person who reviews; null leaves the task unassigned. */
  owner: string | null;
  dueDate: string;
  /** Where the item lives in the app, for the task description, e.g. "Apps → Risk register". */
  whereToReview: string;
}

/** A review task that should exist in Jira today. `key` is the idempotency key: kind, item and due date. */
export interface ReviewTask extends ReviewItem {
  key: string;
  /** The first day the task exists: the due date minus the lead time. */
  opensOn: string;
  isOverdue: boolean;
}

/** `risk:R-3:2026-12-01`. Forge storage keys allow letters, digits and `:._-#`, which every part keeps to. */
export function reviewTaskKey(item: Pick<ReviewItem, 'kind' | 'itemId' | 'dueDate'>): string {
  return `${item.kind}:${item.itemId}:${item.dueDate}`;
}

/** The Jira label that finds a task again after a crash between creating it and recording its key. */
export function reviewTaskLabel(item: Pick<ReviewItem, 'kind' | 'itemId' | 'dueDate'>): string {
  // Jira labels cannot hold spaces; keys of this form never do.
  return `ims-review-${item.kind}-${item.itemId}-${item.dueDate}`;
}

export const REVIEW_LABEL = 'ims-review';
