import type { AuditEvent, CabRecord, ChecklistTemplate } from '../domain/schemas/cab';
import type { CurrentUser } from './cabJira';
import type { CabSettings } from './cabSettings';

/** Who last changed one answer (or `changeType`), and in which record version. */
export interface LastEdit {
  version: number;
  actor: string;
  at: string;
}

/**
 * A change's CAB record plus what the panel and the stale-edit check need without reading the audit trail: the
 * display names of the people who acted, and the last edit of each answer.
 */
export interface StoredCab {
  record: CabRecord;
  names: Record<string, string>;
  lastEdits: Record<string, LastEdit>;
}

/** The ids Jira gave the app's two read-only fields on this site. */
export interface CabFieldIds {
  status: string;
  risk: string;
}

/**
 * CAB records, written with compare-and-set on `record.version`: `write` succeeds only when the stored version is
 * still `expectedVersion` (0: no record yet), and stores the record and its audit events atomically.
 */
export interface CabRecords {
  read(issueId: string): Promise<StoredCab | null>;
  /** `false` when another write got there first: nothing was written, read again and retry. */
  write(next: StoredCab, expectedVersion: number, events: readonly AuditEvent[]): Promise<boolean>;
  /** The newest audit events first, at most `limit`. Events are never rewritten or deleted. */
  listAudit(issueId: string, limit: number): Promise<AuditEvent[]>;
  /** Every audit event of the change, oldest first (the auditor's export). */
  listFullAudit(issueId: string): Promise<AuditEvent[]>;
}

export interface CabSettingsRepository {
  get(): Promise<CabSettings>;
  /** Replaces the settings (the admin page); the caller has validated them and stored their template version. */
  save(settings: CabSettings): Promise<void>;
  /**
   * Every checklist template version ever in force, by version number: a record keeps the version it started on
   * and is evaluated with it after the admin edits the template. `undefined` for a version never stored.
   */
  getTemplate(version: number): Promise<ChecklistTemplate | undefined>;
  saveTemplate(template: ChecklistTemplate): Promise<void>;
  getFieldIds(): Promise<CabFieldIds | undefined>;
  setFieldIds(ids: CabFieldIds): Promise<void>;
}

/**
 * Who a viewer is and which groups they are in, kept a few minutes so a panel load costs no group lookup. Only
 * for display (which vote buttons to show): casting a vote always checks the groups live.
 */
export interface CabViewerCache {
  get(accountId: string): Promise<CurrentUser | undefined>;
  set(user: CurrentUser): Promise<void>;
}

export interface CabStore {
  records: CabRecords;
  settings: CabSettingsRepository;
  viewers: CabViewerCache;
}
