import { asUser } from '@forge/api';
import type { SoaPorts } from '../services/soa/ports';
import type { SoaEvidenceDeps, SoaEvidenceScanDeps } from '../services/soa/soaEvidence';
import type { SoaVersionPorts } from '../services/soa/soaVersions';
import { evidenceSearchPort } from './evidenceJira';
import { riskKvsStore } from './riskKvsStore';
import { kvsSoaSnapshotStore, kvsSoaStore } from './soaKvsStore';
import { soaEvidenceScansKvs } from './soaEvidenceScanKvs';
import { soaPeopleAsApp } from './soaPeople';

/** Ports for an SoA resolver call. */
export const soaPorts = (): SoaPorts => ({ store: kvsSoaStore, people: soaPeopleAsApp(), clock: { now: () => new Date() } });

/** The SoA ports plus its approved versions. */
export const soaVersionPorts = (): SoaVersionPorts => ({ ...soaPorts(), snapshots: kvsSoaSnapshotStore });

/** The evidence search runs as the calling user: Jira leaves out the issues they may not browse. */
export const soaEvidenceDeps = (): SoaEvidenceDeps => ({ search: evidenceSearchPort(asUser()), risks: riskKvsStore });

/** The evidence deps plus where an unfinished count is kept, and the clock of this invocation's time budget. */
export function soaEvidenceScanDeps(): SoaEvidenceScanDeps {
  const started = Date.now();
  return { ...soaEvidenceDeps(), scans: soaEvidenceScansKvs, elapsedMs: () => Date.now() - started };
}
