import type { RiskClass } from '../domain/riskMatrix';
import type { Risk, RiskAuditEvent, RiskCategory, RiskId, RiskStatus } from '../domain/schemas/risk';

/** The register's filters; each one is answered by a KVS index query, never a scan. */
export interface RiskFilters {
  category?: RiskCategory;
  status?: RiskStatus;
  owner?: string;
  residualClass?: RiskClass;
}

export interface RiskPage {
  risks: Risk[];
  /** Present when there are more risks: pass it back to read the next page. */
  cursor?: string;
}

/** Who may edit the register besides each risk's owner (by default the ISMS lead group of the admin page). */
export interface RiskRegisterSettings {
  editorGroups: string[];
}

export const DEFAULT_RISK_REGISTER_SETTINGS: RiskRegisterSettings = { editorGroups: ['isms-leads'] };

/**
 * Risks, their append-only history and the register's id counter.
 * `write` is a compare-and-set: it stores `risk` (whose `version` is the new one) and its events only when no other
 * write produced that version first, and answers `false` when one did (nothing written: read again).
 */
export interface RiskStore {
  get(id: RiskId): Promise<Risk | null>;
  list(filters: RiskFilters, cursor: string | undefined, limit: number): Promise<RiskPage>;
  write(risk: Risk, events: readonly RiskAuditEvent[]): Promise<boolean>;
  /** Newest first. */
  history(id: RiskId, limit: number): Promise<RiskAuditEvent[]>;
  /** The highest risk number handed out so far (0 for a new register). */
  readCounter(): Promise<number>;
  /** Moves the counter from `seen` to `next` unless another invocation moved it first (`false`). */
  advanceCounter(seen: number, next: number): Promise<boolean>;
  settings(): Promise<RiskRegisterSettings>;
}
