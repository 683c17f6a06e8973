import type { RiskPorts } from '../services/risk/ports';
import { riskJiraAsApp, riskJiraAsUser } from './riskJiraPort';
import { riskKvsStore } from './riskKvsStore';

const systemClock = { now: () => new Date() };

export const riskRegisterPorts = (): RiskPorts => ({ store: riskKvsStore, appJira: riskJiraAsApp(), userJira: riskJiraAsUser(), clock: systemClock });
