import type { SoaAuditEvent, SoaEntry, SoaStandard } from '../domain/schemas/soa';

/** The index key an entry is filed under: its implementation status when applicable, `excluded` when not. */
export const SOA_STATUS_KEYS = ['not started', 'partial', 'implemented', 'excluded'] as const;
export type SoaStatusKey = (typeof SOA_STATUS_KEYS)[number];

export const soaStatusKeyOf = (entry: Pick<SoaEntry, 'applicable' | 'implementationStatus'>): SoaStatusKey =>
  entry.applicable ? entry.implementationStatus : 'excluded';

/**
 * The SoA entries and their audit trail. Entries are written with "version is still N", so of two edits made on
 * the same version exactly one is stored; events are written with the entry they describe or not at all.
 */
export interface SoaStore {
  /** Whether every entry of the initial SoA has been stored once (a marker, so reads skip the check). */
  isInitialised(): Promise<boolean>;
  /** Stores each given entry that does not exist yet, then sets the marker; answers how many it created. */
  initialise(entries: readonly SoaEntry[]): Promise<number>;
  /** One standard's entries in catalog order, optionally only those under one status key (an index query). */
  list(standard: SoaStandard, status?: SoaStatusKey): Promise<SoaEntry[]>;
  read(controlId: string): Promise<SoaEntry | null>;
  /** `false` when the stored version is no longer `expectedVersion` (someone else wrote first). */
  write(entry: SoaEntry, expectedVersion: number, events: readonly SoaAuditEvent[]): Promise<boolean>;
  /** Newest first; one control's events, or the whole SoA's when `controlId` is null. */
  history(controlId: string | null, limit: number): Promise<SoaAuditEvent[]>;
}
