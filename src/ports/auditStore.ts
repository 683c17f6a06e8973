import type { Audit, AuditId } from '../domain/audit/auditPlan';
import type { ProcessOwners } from '../domain/audit/processOwners';
import type { Programme } from '../domain/audit/programme';
import type { ProgrammeEvent } from '../domain/audit/programmeEvents';

/**
 * The audit programme: its header, its audits, the process owners and their append-only trail.
 * Every write is a compare-and-set on a version: `expectedVersion` is the version the caller read (0 for a record
 * that does not exist yet); `false` means another write got there first and nothing was stored (read again).
 * A record and its event commit together or not at all.
 */
export interface AuditStore {
  getProgramme(): Promise<Programme | null>;
  saveProgramme(programme: Programme, expectedVersion: number, event: ProgrammeEvent): Promise<boolean>;

  get(id: AuditId): Promise<Audit | null>;
  /** Every audit of the programme in number order (AUD-1, AUD-2, …). */
  list(): Promise<Audit[]>;
  write(audit: Audit, expectedVersion: number, event: ProgrammeEvent): Promise<boolean>;
  /** The highest audit number handed out so far (0 for a new programme). */
  readCounter(): Promise<number>;
  /** Moves the counter from `seen` to `next` unless another invocation moved it first (`false`). */
  advanceCounter(seen: number, next: number): Promise<boolean>;

  getProcessOwners(): Promise<ProcessOwners>;
  saveProcessOwners(owners: ProcessOwners, expectedVersion: number, event: ProgrammeEvent): Promise<boolean>;

  /** Newest first: one subject's events (an audit id, `programme`, `process-owners`), or all when null. */
  history(subject: string | null, limit: number): Promise<ProgrammeEvent[]>;
}
