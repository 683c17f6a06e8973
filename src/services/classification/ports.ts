import type { AiSystemStore } from '../../ports/aiSystemStore';
import type { Clock } from '../../ports/clock';
import type { JiraPort } from '../../ports/jiraPort';
import type { Store } from '../../ports/store';

/** What the classification use cases run on; `jira` acts as the app for escalations and as the user in resolvers. */
export interface ClassificationPorts {
  jira: JiraPort;
  store: Store;
  clock: Clock;
  /** The AI system register: an AI escalation goes to the owner of the system the classification names. */
  aiSystems?: Pick<AiSystemStore, 'read'>;
}
