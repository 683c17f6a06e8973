import type { SoaSnapshot, SoaSnapshotHeader } from '../../domain/soa';

/**
 * Approved SoA versions. `create` stores version N only if no version N exists yet and answers `false` when
 * another approval took N first; nothing ever overwrites or deletes a stored version.
 */
export interface SoaSnapshotStore {
  latestVersion(): Promise<number>;
  create(snapshot: SoaSnapshot): Promise<boolean>;
  read(version: number): Promise<SoaSnapshot | null>;
  /** Newest first. */
  list(limit: number): Promise<SoaSnapshotHeader[]>;
}
