import type { SoaPorts } from '../services/soa/ports';
import { kvsSoaStore } from './soaKvsStore';
import { soaPeopleAsApp } from './soaPeople';

/** Ports for an SoA resolver call. */
export const soaPorts = (): SoaPorts => ({ store: kvsSoaStore, people: soaPeopleAsApp(), clock: { now: () => new Date() } });
