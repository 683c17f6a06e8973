import type { EscalationClaim, ImpactDomain } from '../domain/classification';
import type { ClassificationSettings } from './classificationSettings';

/**
 * One claim record per issue and domain. Writes that decide "who escalates" are atomic in the store, so of any
 * number of concurrent invocations exactly one wins; the others see `false` and do nothing.
 */
export interface EscalationClaims {
  list(issueId: string): Promise<EscalationClaim[]>;
  /** Creates the claim if none exists for the issue and domain; `false` when another invocation got there first. */
  claim(issueId: string, claim: EscalationClaim): Promise<boolean>;
  /**
   * Takes over a claim whose lease ran out, once: only one caller per stale `claimedAt` gets `true`, and its
   * `fresh` claim replaces the stale one.
   */
  takeOver(issueId: string, staleClaimedAt: string, fresh: EscalationClaim): Promise<boolean>;
  /** Overwrites the claim (progress of the invocation that holds it). */
  save(issueId: string, claim: EscalationClaim): Promise<void>;
  /** Overwrites the claim and answers the one it replaced, atomically: who flips a flag first sees the old value. */
  swap(issueId: string, claim: EscalationClaim): Promise<EscalationClaim | undefined>;
}

export type AuditAction =
  | 'classification-saved'
  | 'classification-invalid'
  | 'escalation-started'
  | 'escalation-resumed'
  | 'escalation-withdrawn'
  | 'escalation-reinstated'
  | 'isms-leads-notified';

/** What happened to an issue's classification or escalations; users cannot edit or delete these. */
export interface AuditEvent {
  issueId: string;
  at: string;
  /** The user's account id, or `app` for work the app did on its own (triggers). */
  actor: string;
  action: AuditAction;
  domain?: ImpactDomain;
  before?: unknown;
  after?: unknown;
  detail?: string;
}

export interface AuditLog {
  append(event: AuditEvent): Promise<void>;
  listForIssue(issueId: string): Promise<AuditEvent[]>;
}

export interface SettingsRepository {
  get(): Promise<ClassificationSettings>;
  /** Replaces the site's settings (already validated by the caller). */
  save(settings: ClassificationSettings): Promise<void>;
  /** The field id Jira gave the app's classification field on this site, cached after the first lookup. */
  getClassificationFieldId(): Promise<string | undefined>;
  setClassificationFieldId(fieldId: string): Promise<void>;
}

export interface Store {
  claims: EscalationClaims;
  audit: AuditLog;
  settings: SettingsRepository;
}
