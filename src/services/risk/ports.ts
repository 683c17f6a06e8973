import type { Clock } from '../../ports/clock';
import type { RiskJiraPort } from '../../ports/riskJira';
import type { RiskStore } from '../../ports/riskStore';
import type { RiskId } from '../../domain/schemas/risk';

/** What the register's use cases run on: `appJira` looks up groups, `userJira` searches and creates issues as the caller. */
export interface RiskPorts {
  store: RiskStore;
  appJira: RiskJiraPort;
  userJira: RiskJiraPort;
  clock: Clock;
  /** Links an issue to a risk the way the compliance panel does (JQL `imsRisk`), as the caller. */
  linkIssueToRisk(issueId: string, riskId: RiskId, caller: Caller): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** Always `context.accountId` of the invocation, never a payload field. */
export interface Caller {
  accountId: string;
}
