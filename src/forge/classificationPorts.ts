import type { ClassificationPorts } from '../services/classification/ports';
import { kvsAiSystemStore } from './aiSystemKvsStore';
import { jiraAsApp, jiraAsUser } from './forgeJiraPort';
import { kvsClassificationStore } from './kvsClassificationStore';

const systemClock = { now: () => new Date() };

/** Ports for work the app does on its own behalf (product triggers). */
export const appClassificationPorts = (): ClassificationPorts => ({ jira: jiraAsApp(), store: kvsClassificationStore, clock: systemClock, aiSystems: kvsAiSystemStore });

/** Ports for a resolver call: Jira acts as the calling user. */
export const userClassificationPorts = (): ClassificationPorts => ({ jira: jiraAsUser(), store: kvsClassificationStore, clock: systemClock });
