import { asUser } from '@forge/api';
import type { SoaPorts } from '../services/soa/ports';
import type { SoaEvidenceDeps } from '../services/soa/soaEvidence';
import type { SoaVersionPorts } from '../services/soa/soaVersions';
import { evidenceSearchPort } from './evidenceJira';
import { riskKvsStore } from './riskKvsStore';
import { kvsSoaSnapshotStore, kvsSoaStore } from './soaKvsStore';
import { soaPeopleAsApp } from './soaPeople';

/** Ports for an SoA resolver call. */
export const soaPorts = (): SoaPorts => ({ store: kvsSoaStore, people: soaPeopleAsApp(), clock: { now: () => new Date() } });

/** The SoA ports plus its approved versions. */
export const soaVersionPorts = (): SoaVersionPorts => ({ ...soaPorts(), snapshots: kvsSoaSnapshotStore });

/** The evidence search runs as the calling user: Jira leaves out the issues they may not browse. */
export const soaEvidenceDeps = (): SoaEvidenceDeps => ({ search: evidenceSearchPort(asUser()), risks: riskKvsStore });
