import type { AdfDocument } from '../domain/classification';
import type { AiImpactFacts, RecurringReviewSettings, ReviewKind, RiskReviewFacts, SoaApproval } from '../domain/reviews';

/**
 * Which Jira issue a review task key led to. Written create-if-absent (`claimed`) before anything visible happens,
 * so of two runs (or two deliveries of one run) only one creates the task; `issueKey` is recorded as soon as the
 * issue exists, so a run that crashed after creating it resumes with the key instead of creating another.
 */
export interface ReviewTaskClaim {
  taskKey: string;
  state: 'claimed' | 'done';
  claimedAt: string;
  issueKey?: string;
}

/** The latest task of one reviewed item: a later due date for the same item updates this issue while it is open. */
export interface ReviewItemRecord {
  taskKey: string;
  issueKey: string;
  dueDate: string;
  owner: string | null;
}

export interface ReviewRunCounts {
  /** Tasks that should exist today (opened and overdue). */
  due: number;
  created: number;
  /** Existing tasks whose due date or owner changed. */
  updated: number;
  unchanged: number;
  /** Another run holds the task's claim right now. */
  claimedElsewhere: number;
  failed: number;
  overdue: number;
}

/** What the admin page shows of the last run. */
export interface ReviewRunRecord {
  ranAt: string;
  day: string;
  counts: ReviewRunCounts;
  /** The digest comment of this run, or why there was none. */
  digest: { issueKey: string; staleControls: number | null } | { skipped: 'already-sent-today' | 'no-owner' | 'failed' };
  /** One line per failed task or step, for the admin. */
  problems: string[];
}

export interface ReviewStore {
  settings(): Promise<RecurringReviewSettings>;
  saveSettings(settings: RecurringReviewSettings): Promise<void>;
  readClaim(taskKey: string): Promise<ReviewTaskClaim | undefined>;
  /** Create-if-absent; `false` when another run claimed the key first. */
  claim(claim: ReviewTaskClaim): Promise<boolean>;
  /** Takes over a claim whose lease ran out, once per stale `claimedAt`. */
  takeOver(staleClaimedAt: string, fresh: ReviewTaskClaim): Promise<boolean>;
  saveClaim(claim: ReviewTaskClaim): Promise<void>;
  readItem(kind: ReviewKind, itemId: string): Promise<ReviewItemRecord | undefined>;
  saveItem(kind: ReviewKind, itemId: string, record: ReviewItemRecord): Promise<void>;
  /** Create-if-absent per day: the digest (and its stale-evidence search) happens once a day. */
  claimDigest(day: string, claimedAt: string): Promise<boolean>;
  digestIssueKey(): Promise<string | undefined>;
  saveDigestIssueKey(issueKey: string): Promise<void>;
  saveRun(run: ReviewRunRecord): Promise<void>;
  lastRun(): Promise<ReviewRunRecord | null>;
}

/** Where the reviewed items come from: the registers, read through their indexes. */
export interface ReviewSources {
  /** Risks whose next review is on or before `lastDay` (a range query on the review-date index), closed ones left out. */
  risksDueBy(lastDay: string): Promise<RiskReviewFacts[]>;
  latestSoaApproval(): Promise<SoaApproval | null>;
  aiSystems(): Promise<AiImpactFacts[]>;
  /** Applicable SoA controls without evidence in the last `staleAfterDays` days (one paged search). */
  staleControls(staleAfterDays: number, now: Date): Promise<{ controlId: string; lastEvidenceDate: string | null }[]>;
}

export interface ReviewTaskFields {
  summary: string;
  description: AdfDocument;
  /** Written to Jira's `duedate` field; null for the digest issue, which has none. */
  dueDate: string | null;
  assignee: string | null;
}

export type ReviewTaskState = 'open' | 'done' | 'missing';

/** The Jira operations of the recurring reviews, as the app (a scheduled trigger has no user). */
export interface ReviewJira {
  createTask(task: ReviewTaskFields & { projectKey: string; issueTypeName: string; labels: string[] }): Promise<{ key: string }>;
  /** Rewrites summary, description, due date and assignee; `addLabel` joins the issue's labels (others stay). */
  updateTask(issueKey: string, fields: ReviewTaskFields, addLabel?: string): Promise<void>;
  /** `done` when the issue's status is in the Done category; `missing` when it was deleted. */
  taskState(issueKey: string): Promise<ReviewTaskState>;
  /** The oldest issue of the project carrying the label, or null. */
  findTaskByLabel(projectKey: string, label: string): Promise<string | null>;
  /** `false` when the issue no longer exists. */
  addComment(issueKey: string, body: AdfDocument): Promise<boolean>;
  /**
   * The project lead: the digest's default owner. (The first member of the ISMS lead group would need the
   * manage:jira-configuration scope for `group/member`; the lead needs only read:jira-work.)
   */
  projectLead(projectKey: string): Promise<string | null>;
}
