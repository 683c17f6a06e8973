import type { AuditStore } from '../../ports/auditStore';
import type { Clock } from '../../ports/clock';
import type { PeopleDirectory } from '../../ports/soaPeople';
import type { SoaStore } from '../../ports/soaStore';

/**
 * What the programme use cases run on. `people` answers as the app, so a caller cannot vouch for their own groups;
 * `soa` is read only, for the controls the SoA marks applicable.
 */
export interface ProgrammePorts {
  store: AuditStore;
  soa: SoaStore;
  people: PeopleDirectory;
  clock: Clock;
}

/** Who calls: always `context.accountId` of the invocation, never a payload field. */
export interface Caller {
  accountId: string;
}
