import { isIsmsLead, onlyIsmsLeads } from '../soa/ismsLeads';
import { refuse, type RegisterResult } from '../soa/registerResult';
import type { Caller, ProgrammePorts } from './programmePorts';

/** The ISMS leads plan the programme (same group as for the SoA); everyone signed in may read it. */
export async function refusedUnlessIsmsLead(ports: Pick<ProgrammePorts, 'people'>, caller: Caller): Promise<RegisterResult<never> | null> {
  if (await isIsmsLead(ports.people, caller.accountId)) return null;
  return refuse('FORBIDDEN', await onlyIsmsLeads(ports.people, 'plan the audit programme'));
}
