import { ageBucketOf, median } from './reviewAggregator';
import { AGE_BUCKETS, type AgeBucket, type ReviewNonconformities, type ReviewNonconformity } from './reviewTypes';

/** Counts, ageing of the open ones and the median days to resolve, over the listed nonconformities. */
export function summariseNonconformities(clauses: string[], items: ReviewNonconformity[]): ReviewNonconformities {
  const openByAge = Object.fromEntries(AGE_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgeBucket, number>;
  const open = items.filter((item) => !item.isResolved);
  for (const item of open) openByAge[ageBucketOf(item.ageDays)] += 1;
  return {
    clauses,
    open: open.length,
    resolved: items.length - open.length,
    openByAge,
    medianDaysToResolve: median(items.filter((item) => item.isResolved).map((item) => item.ageDays)),
    items,
  };
}
