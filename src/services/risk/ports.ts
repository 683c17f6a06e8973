import type { Clock } from '../../ports/clock';
import type { RiskJiraPort } from '../../ports/riskJira';
import type { RiskStore } from '../../ports/riskStore';

/** What the register's use cases run on: `appJira` looks up groups, `userJira` searches and creates issues as the caller. */
export interface RiskPorts {
  store: RiskStore;
  appJira: RiskJiraPort;
  userJira: RiskJiraPort;
  clock: Clock;
}

/** Always `context.accountId` of the invocation, never a payload field. */
export interface Caller {
  accountId: string;
}
