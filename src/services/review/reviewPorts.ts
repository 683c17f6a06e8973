/** The site ids (`customfield_N`) of the app's fields the pack reads; null when a field is not installed. */
export interface ReviewFieldIds {
  classification: string | null;
  cabStatus: string | null;
  cabRisk: string | null;
}

/** An issue of `POST /rest/api/3/search/jql` with the requested fields and properties. */
export interface RawReviewIssue {
  key: string;
  fields?: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

export interface ReviewSearchRequest {
  jql: string;
  fields: readonly string[];
  properties: readonly string[];
  maxResults: number;
  nextPageToken?: string;
}

/** Jira as the calling user: the pack counts only what that user may browse. */
export interface ReviewJiraPort {
  fieldIds(): Promise<ReviewFieldIds>;
  searchPage(request: ReviewSearchRequest): Promise<{ issues: RawReviewIssue[]; nextPageToken?: string }>;
}
