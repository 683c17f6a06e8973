/**
 * REST calls of an evidence report. Jira returns up to 5,000 issues a page when a search asks for ids only, and
 * at most 100 a call once fields are asked for (a search page with fields, or `POST /rest/api/3/issue/bulkfetch`).
 */
export const IDS_PAGE_SIZE = 5000;
export const FIELDS_PAGE_SIZE = 100;

/**
 * The report asks `search/approximate-count` for a progress total only once it has fetched this many pages and
 * there are more: smaller reports finish before a percentage matters, and one call in 20 keeps the cost ≤ 5%.
 */
export const PROGRESS_COUNT_AFTER_PAGES = 20;

/** No plan fetches `issueCount` issues in fewer calls than pages of the largest size that carries what it needs. */
export function restCallLowerBound(issueCount: number, options: { pageSize: number }): number {
  return Math.max(1, Math.ceil(issueCount / options.pageSize));
}

export interface RestCallCount {
  searchPages: number;
  approximateCount: number;
  total: number;
}

/** The report's calls: one search with the fields it needs, paged, plus the progress count for long reports. */
export function plannedRestCalls(issueCount: number, pageSize = FIELDS_PAGE_SIZE): RestCallCount {
  const searchPages = restCallLowerBound(issueCount, { pageSize });
  const approximateCount = searchPages > PROGRESS_COUNT_AFTER_PAGES ? 1 : 0;
  return { searchPages, approximateCount, total: searchPages + approximateCount };
}

/** Whether to ask for the progress total now: right after the page that reaches the threshold, if more follow. */
export const shouldCountForProgress = (pagesFetched: number, hasNextPage: boolean): boolean =>
  hasNextPage && pagesFetched === PROGRESS_COUNT_AFTER_PAGES;

/** The approach the bench compares with: search ids, then one `GET /issue/{id}` per issue. */
export const naiveRestCalls = (issueCount: number): number => restCallLowerBound(issueCount, { pageSize: IDS_PAGE_SIZE }) + issueCount;
