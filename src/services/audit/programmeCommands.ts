import { z } from 'zod';
import { AuditDraftSchema, AuditIdSchema, type Audit, type AuditDraft } from '../../domain/audit/auditPlan';
import { auditPlanProblem, editedAudit, newAudit, staleEditMessage } from '../../domain/audit/auditPlanRules';
import { impartialityConflicts, impartialityMessage } from '../../domain/audit/impartiality';
import { ProcessOwnerGroupsSchema, type ProcessOwners } from '../../domain/audit/processOwners';
import { ProgrammeDraftSchema, type Programme } from '../../domain/audit/programme';
import { PROCESS_OWNERS_SUBJECT, PROGRAMME_SUBJECT } from '../../domain/audit/programmeEvents';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';
import { refusedUnlessIsmsLead } from './programmeAccess';
import type { Caller, ProgrammePorts } from './programmePorts';

const ExpectedVersion = z.number({ error: 'Say which version you edited' }).int().nonnegative();

export const SaveProgrammeInput = z.strictObject({ programme: ProgrammeDraftSchema, expectedVersion: ExpectedVersion });
export const CreateAuditInput = z.strictObject({ audit: AuditDraftSchema });
export const EditAuditInput = z.strictObject({ id: AuditIdSchema, audit: AuditDraftSchema, expectedVersion: ExpectedVersion });
export const SaveProcessOwnersInput = z.strictObject({ groups: ProcessOwnerGroupsSchema, expectedVersion: ExpectedVersion });

// KVS has no increment: the counter is moved with compare-and-set; each round of contention lets one caller through.
const MAX_ATTEMPTS = 10;

async function nameOf(ports: ProgrammePorts, accountIds: readonly (string | null)[]): Promise<Record<string, string>> {
  const ids = accountIds.filter((id): id is string => id !== null);
  return ids.length === 0 ? {} : ports.people.displayNames(ids);
}

async function stale(ports: ProgrammePorts, subject: string, current: { updatedBy: string | null; updatedAt: string | null }): Promise<RegisterResult<never>> {
  return refuse('CONFLICT', staleEditMessage(subject, current, await nameOf(ports, [current.updatedBy])));
}

/** Sets up or changes the programme header (cycle and standards); a stale edit is refused with who changed it. */
export async function saveProgramme(ports: ProgrammePorts, caller: Caller, input: z.output<typeof SaveProgrammeInput>): Promise<RegisterResult<Programme>> {
  const refused = await refusedUnlessIsmsLead(ports, caller);
  if (refused) return refused;
  const current = await ports.store.getProgramme();
  if ((current?.version ?? 0) !== input.expectedVersion) return current === null ? refuse('CONFLICT', 'The programme was removed; reload.') : stale(ports, 'The programme', current);
  const at = ports.clock.now().toISOString();
  const programme: Programme = { ...input.programme, version: input.expectedVersion + 1, updatedAt: at, updatedBy: caller.accountId };
  const event = { kind: 'programme-saved' as const, subject: PROGRAMME_SUBJECT, version: programme.version, actor: caller.accountId, at, summary: `Cycle ${programme.cycleStartYear} for ${programme.cycleYears} years over ${programme.standards.join(', ')}`, before: current === null ? null : { ...current }, after: { ...programme } };
  if (await ports.store.saveProgramme(programme, input.expectedVersion, event)) return succeed(programme);
  const now = await ports.store.getProgramme();
  return now === null ? refuse('CONFLICT', 'The programme is being changed by someone else right now. Reload it and try again.') : stale(ports, 'The programme', now);
}

/** Refuses a draft that leaves the programme (cycle, standards) or makes someone audit a process they own. */
async function planProblem(ports: ProgrammePorts, draft: AuditDraft): Promise<RegisterResult<never> | null> {
  const programme = await ports.store.getProgramme();
  if (programme === null) return refuse('INVALID_INPUT', 'Set up the programme (cycle and standards) before planning audits.');
  const problem = auditPlanProblem(draft, programme);
  if (problem !== null) return refuse('INVALID_INPUT', problem);
  const conflicts = impartialityConflicts(draft, await ports.store.getProcessOwners());
  if (conflicts.length === 0) return null;
  const names = await nameOf(ports, conflicts.map((conflict) => conflict.auditor));
  return refuse('INVALID_INPUT', conflicts.map((conflict) => impartialityMessage(conflict, names)).join(' '));
}

async function reserveAuditNumber(ports: ProgrammePorts): Promise<number | null> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const seen = await ports.store.readCounter();
    if (await ports.store.advanceCounter(seen, seen + 1)) return seen + 1;
  }
  return null;
}

/** Plans a new audit AUD-<n>. */
export async function createAudit(ports: ProgrammePorts, caller: Caller, input: z.output<typeof CreateAuditInput>): Promise<RegisterResult<Audit>> {
  const refused = (await refusedUnlessIsmsLead(ports, caller)) ?? (await planProblem(ports, input.audit));
  if (refused) return refused;
  const number = await reserveAuditNumber(ports);
  if (number === null) return refuse('CONFLICT', 'Others are planning audits right now. Try again in a moment.');
  const { audit, event } = newAudit(number, input.audit, caller.accountId, ports.clock.now());
  // The number is ours alone, so only a crash between counter and write can lose it (a gap in the numbering).
  if (!(await ports.store.write(audit, 0, event))) return refuse('CONFLICT', `${audit.id} already exists. Reload and plan the audit again.`);
  return succeed(audit);
}

/** Changes an audit made on `expectedVersion`; a stale edit is refused with who changed it and when. */
export async function editAudit(ports: ProgrammePorts, caller: Caller, input: z.output<typeof EditAuditInput>): Promise<RegisterResult<Audit>> {
  const refused = await refusedUnlessIsmsLead(ports, caller);
  if (refused) return refused;
  const current = await ports.store.get(input.id);
  if (current === null) return refuse('NOT_FOUND', `${input.id} is not in the programme.`);
  if (current.version !== input.expectedVersion) return stale(ports, current.id, current);
  const problem = await planProblem(ports, input.audit);
  if (problem) return problem;
  const edited = editedAudit(current, input.audit, caller.accountId, ports.clock.now());
  if (edited.event === null) return succeed(current);
  if (await ports.store.write(edited.audit, current.version, edited.event)) return succeed(edited.audit);
  const now = await ports.store.get(input.id);
  return now === null ? refuse('NOT_FOUND', `${input.id} is not in the programme.`) : stale(ports, now.id, now);
}

/** Replaces the process owners per clause group; existing audits are re-checked on the page, not changed. */
export async function saveProcessOwners(ports: ProgrammePorts, caller: Caller, input: z.output<typeof SaveProcessOwnersInput>): Promise<RegisterResult<ProcessOwners>> {
  const refused = await refusedUnlessIsmsLead(ports, caller);
  if (refused) return refused;
  const current = await ports.store.getProcessOwners();
  if (current.version !== input.expectedVersion) return stale(ports, 'The process owners', current);
  const at = ports.clock.now().toISOString();
  const owners: ProcessOwners = { groups: input.groups, version: current.version + 1, updatedAt: at, updatedBy: caller.accountId };
  const summary = `${owners.groups.length} clause groups with process owners`;
  const event = { kind: 'process-owners-saved' as const, subject: PROCESS_OWNERS_SUBJECT, version: owners.version, actor: caller.accountId, at, summary, before: current.groups, after: owners.groups };
  if (await ports.store.saveProcessOwners(owners, current.version, event)) return succeed(owners);
  return stale(ports, 'The process owners', await ports.store.getProcessOwners());
}
