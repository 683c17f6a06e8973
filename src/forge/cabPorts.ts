import type { CabPorts } from '../services/cab/ports';
import { cabJiraAsApp, cabJiraAsUser } from './cabJiraPort';
import { kvsCabStore } from './kvsCabStore';

const systemClock = { now: () => new Date() };

/** Ports for a resolver call: reads as the calling user, app-owned fields and notifications as the app. */
export const userCabPorts = (): CabPorts => ({ userJira: cabJiraAsUser(), appJira: cabJiraAsApp(), store: kvsCabStore, clock: systemClock });

/** Ports for the workflow validator, which Forge runs without a user. */
export const appCabPorts = (): Pick<CabPorts, 'appJira' | 'store'> => ({ appJira: cabJiraAsApp(), store: kvsCabStore });
