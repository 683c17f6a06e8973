import { addDays } from './calendarDays';
import { reviewTaskKey, type ReviewItem, type ReviewTask } from './reviewTask';

export interface ReviewPlanInput {
  items: readonly ReviewItem[];
  /** The run's day (UTC). */
  today: string;
  /** A task opens this many days before its due date. */
  leadTimeDays: number;
}

/** The last due date a run must look at: anything due later opens after today. */
export function reviewHorizon(today: string, leadTimeDays: number): string {
  return addDays(today, leadTimeDays);
}

/**
 * The review tasks that should exist today: every item whose task has opened (today ≥ due − lead time),
 * overdue ones flagged. The plan depends on today only, not on when the last run was: a run after missed days
 * finds everything that opened meanwhile, and the per-key claim makes each one happen once.
 */
export function planReviewTasks({ items, today, leadTimeDays }: ReviewPlanInput): ReviewTask[] {
  return items
    .map((item): ReviewTask => ({ ...item, key: reviewTaskKey(item), opensOn: addDays(item.dueDate, -leadTimeDays), isOverdue: item.dueDate < today }))
    .filter((task) => task.opensOn <= today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.key.localeCompare(b.key));
}
