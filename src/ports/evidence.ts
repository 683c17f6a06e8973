import type { CoverageCheckpoint, EvidenceIssue } from '../domain/evidence';
import type { EvidenceReportDefinition } from '../domain/schemas/evidence';
import type { EvidenceJobStatus, SavedEvidenceDefinition } from '../services/evidence/evidenceView';

/** One page of `POST /rest/api/3/search/jql`, mapped to what the aggregator reads. */
export interface EvidencePage {
  issues: EvidenceIssue[];
  nextPageToken?: string;
}

export interface EvidencePageRequest {
  jql: string;
  fields: readonly string[];
  properties: readonly string[];
  maxResults: number;
  nextPageToken?: string;
}

/** Jira still answers 429 after the adapter's own retries; the job waits `retryAfterSeconds` and goes on. */
export class JiraRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Jira is rate limiting the app: retry after ${retryAfterSeconds} s`);
    this.name = 'JiraRateLimited';
  }
}

/** The searches of a report job, made as the app (the job runs without a user). */
export interface EvidenceSearchPort {
  searchPage(request: EvidencePageRequest): Promise<EvidencePage>;
  approximateCount(jql: string): Promise<number>;
}

/** What the resolver asks Jira as the calling user before it starts a job. */
export interface EvidenceUserJiraPort {
  /** Jira's own error messages for a JQL query, empty when it parses and validates. */
  jqlErrors(jql: string): Promise<string[]>;
  /** Ids of every project the user may browse. */
  browsableProjectIds(): Promise<string[]>;
}

export interface EvidenceJobRecord {
  jobId: string;
  status: EvidenceJobStatus;
  startedBy: string;
  startedAt: string;
  finishedAt?: string;
  definition: EvidenceReportDefinition;
  /** Projects the starter may browse at start: the app-run searches are restricted to them. */
  projectIds: string[];
  /** The combined search, restricted to `projectIds`. */
  searchJql: string;
  /** Which delivery of the job's events may run: a stale or duplicate event (another step) does nothing. */
  step: number;
  pagesFetched: number;
  issuesScanned: number;
  /** From `search/approximate-count` once the job is long enough to need a percentage. */
  totalEstimate?: number;
  /** Time spent in worker invocations, for the ETA. */
  workMs: number;
  /** Token of the next page to fetch; absent before the first page and after the last. */
  nextPageToken?: string;
  /** The checkpoint generation that holds the aggregator state after `pagesFetched` pages. */
  checkpoint?: { generation: number; parts: number };
  message?: string;
}

/**
 * Report jobs in KVS. Checkpoints may exceed a KVS value (240 KiB), so they are stored as numbered parts under a
 * generation; the job record names the current generation, which makes switching to a new checkpoint one write.
 */
export interface EvidenceJobStore {
  getJob(jobId: string): Promise<EvidenceJobRecord | undefined>;
  putJob(job: EvidenceJobRecord): Promise<void>;
  /** Writes the checkpoint as a new generation; answers how many parts it took. */
  writeCheckpoint(jobId: string, generation: number, checkpoint: CoverageCheckpoint): Promise<number>;
  readCheckpoint(jobId: string, generation: number, parts: number): Promise<unknown>;
  deleteCheckpoint(jobId: string, generation: number, parts: number): Promise<void>;
  /** A separate key, so the worker's progress writes never overwrite a cancellation. */
  requestCancel(jobId: string): Promise<void>;
  isCancelRequested(jobId: string): Promise<boolean>;
}

export interface EvidenceDefinitionStore {
  list(): Promise<SavedEvidenceDefinition[]>;
  get(id: string): Promise<SavedEvidenceDefinition | undefined>;
  put(definition: SavedEvidenceDefinition): Promise<void>;
  delete(id: string): Promise<void>;
}

/** The `evidence-jobs` queue: one event names the job and the step it may run. */
export interface EvidenceQueue {
  push(event: { jobId: string; step: number }, delayInSeconds?: number): Promise<void>;
}

/** Milliseconds since the invocation started, to stop before the consumer's timeout. */
export type Stopwatch = () => number;
