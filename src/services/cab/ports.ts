import type { CabJiraPort } from '../../ports/cabJira';
import type { CabStore } from '../../ports/cabStore';
import type { Clock } from '../../ports/clock';

/**
 * What the CAB use cases run on. `userJira` acts as the caller (reads, permission checks: Jira applies their
 * permissions); `appJira` acts as the app (the read-only fields, notification comments, the validator).
 */
export interface CabPorts {
  userJira: CabJiraPort;
  appJira: CabJiraPort;
  store: CabStore;
  clock: Clock;
}

/** Who calls: always `context.accountId` of the invocation, never a payload field. */
export interface Caller {
  accountId: string;
}
