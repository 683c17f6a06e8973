import type { ProgrammePorts } from '../services/audit/programmePorts';
import { auditKvsStore } from './auditKvsStore';
import { kvsSoaStore } from './soaKvsStore';
import { soaPeopleAsApp } from './soaPeople';

/** Ports for an audit programme resolver call. */
export const programmePorts = (): ProgrammePorts => ({ store: auditKvsStore, soa: kvsSoaStore, people: soaPeopleAsApp(), clock: { now: () => new Date() } });
