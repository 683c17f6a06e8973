import type { ComplianceLinks, LinkAuditEvent } from '../domain/schemas/complianceLinks';
import type { RiskId } from '../domain/schemas/risk';

/** What Jira holds for an issue's links: `undefined` when the property was never written. */
export type StoredProperty = { found: false } | { found: true; value: unknown };

/**
 * The issue side of the compliance links, always as the calling user: Jira answers "not found" to a user who may
 * not browse the issue, so reading the property is the browse check.
 */
export interface IssueLinksJira {
  /** `{found:false}` when the issue does not exist or the user cannot browse it. */
  readLinks(issueId: string): Promise<StoredProperty>;
  writeLinks(issueId: string, links: ComplianceLinks): Promise<void>;
  canEditIssue(issueId: string): Promise<boolean>;
}

/** The committed links of one issue, numbered so a write can say which state it started from. */
export interface LedgerEntry {
  version: number;
  links: ComplianceLinks;
}

/**
 * The app's own record of every issue's links (KVS). Jira entity properties have no conditional write, so two
 * people linking at once would overwrite each other there; the ledger commits with compare-and-set on `version`
 * and stores the audit event in the same transaction, and the property is then written from the ledger.
 */
export interface LinkLedger {
  read(issueId: string): Promise<LedgerEntry | null>;
  /** `false` when another write committed first (nothing written): read again and retry. 0 means "no entry yet". */
  commit(issueId: string, expectedVersion: number, links: ComplianceLinks, event: LinkAuditEvent): Promise<boolean>;
  /** Newest first, at most `limit`. Events are appended, never rewritten. */
  listEvents(issueId: string, limit: number): Promise<LinkAuditEvent[]>;
}

export interface RiskSummary {
  id: RiskId;
  title: string;
}

/** Risk scenarios of the register, as the panel needs them: search by id or title, and look up one. */
export interface RiskLookup {
  search(text: string): Promise<RiskSummary[]>;
  find(id: RiskId): Promise<RiskSummary | null>;
  exists(id: RiskId): Promise<boolean>;
}
