import type { ClauseId, StandardId } from '../../domain/catalog';
import type { Audit } from '../../domain/audit/auditPlan';
import { impartialityConflicts, impartialityMessage } from '../../domain/audit/impartiality';
import type { ProcessOwners } from '../../domain/audit/processOwners';
import { cycleLabel, cycleWindow, isInCycle, type Programme } from '../../domain/audit/programme';
import { programmeCoverage, type ProgrammeCoverage } from '../../domain/audit/programmeCoverage';
import { SOA_STANDARDS, buildInitialSoa } from '../../domain/soa';
import type { SoaStore } from '../../ports/soaStore';
import { isIsmsLead } from '../soa/ismsLeads';
import { succeed, type RegisterResult } from '../soa/registerResult';
import type { Caller, ProgrammePorts } from './programmePorts';

export interface AuditRow {
  audit: Audit;
  /** False for an audit planned to start outside the cycle: it covers nothing until moved back in. */
  countsForCycle: boolean;
  /** Impartiality conflicts that arose after planning (process owners changed since), as messages. */
  conflicts: string[];
}

export interface ProgrammeView {
  programme: Programme | null;
  cycle: { label: string; from: string; to: string } | null;
  audits: AuditRow[];
  coverage: ProgrammeCoverage | null;
  owners: ProcessOwners;
  /** Display names of the caller, auditors, process owners and editors. */
  people: Record<string, string>;
  canEdit: boolean;
}

/**
 * The controls the SoA marks applicable, for the standards in scope. Before anyone opened the SoA nothing is
 * stored and its initial state holds (every control applicable); a read never writes that state itself.
 */
export async function applicableControls(soa: SoaStore, standards: readonly StandardId[]): Promise<Set<ClauseId>> {
  const wanted = SOA_STANDARDS.filter((standard) => standards.includes(standard));
  const entries = (await soa.isInitialised())
    ? (await Promise.all(wanted.map((standard) => soa.list(standard)))).flat()
    : buildInitialSoa().filter((entry) => wanted.some((standard) => entry.controlId.startsWith(`${standard}:`)));
  return new Set(entries.filter((entry) => entry.applicable).map((entry) => entry.controlId));
}

function peopleIn(audits: readonly Audit[], owners: ProcessOwners, programme: Programme | null, caller: string): string[] {
  return [
    caller,
    ...audits.flatMap((audit) => [...(audit.leadAuditor === null ? [] : [audit.leadAuditor]), ...audit.team, audit.updatedBy]),
    ...owners.groups.flatMap((group) => group.owners),
    ...(owners.updatedBy === null ? [] : [owners.updatedBy]),
    ...(programme === null ? [] : [programme.updatedBy]),
  ];
}

/**
 * The whole page in one call: programme, audits, process owners and the coverage view. Storage reads are a fixed
 * handful (no read per clause), and Jira is asked twice: the caller's groups and the names on the page.
 */
export async function getProgrammeView(ports: ProgrammePorts, caller: Caller): Promise<RegisterResult<ProgrammeView>> {
  const [programme, audits, owners] = await Promise.all([ports.store.getProgramme(), ports.store.list(), ports.store.getProcessOwners()]);
  const [applicable, people, canEdit] = await Promise.all([
    programme === null ? Promise.resolve(new Set<ClauseId>()) : applicableControls(ports.soa, programme.standards),
    ports.people.displayNames(peopleIn(audits, owners, programme, caller.accountId)),
    isIsmsLead(ports.people, caller.accountId),
  ]);
  const rows = audits.map((audit): AuditRow => ({
    audit,
    countsForCycle: programme !== null && isInCycle(programme, audit.plannedStart) && audit.status !== 'cancelled',
    conflicts: impartialityConflicts(audit, owners).map((conflict) => impartialityMessage(conflict, people)),
  }));
  return succeed({
    programme,
    cycle: programme === null ? null : { label: cycleLabel(programme), ...cycleWindow(programme) },
    audits: rows,
    coverage: programme === null ? null : programmeCoverage(programme, audits, applicable),
    owners,
    people,
    canEdit,
  });
}
