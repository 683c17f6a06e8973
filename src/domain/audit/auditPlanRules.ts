import { cycleLabel, cycleWindow, isInCycle, type Programme } from './programme';
import { auditIdOf, type Audit, type AuditDraft } from './auditPlan';
import { standardOfRef } from './programmeScope';
import type { ProgrammeEvent } from './programmeEvents';

/** Audits belong to the programme: its cycle and its standards. */
export function auditPlanProblem(draft: AuditDraft, programme: Programme): string | null {
  if (!isInCycle(programme, draft.plannedStart)) {
    const { from, to } = cycleWindow(programme);
    return `The audit must start within the programme cycle ${cycleLabel(programme)} (${from} to ${to}).`;
  }
  const outside = draft.scope.refs.find((ref) => !programme.standards.includes(standardOfRef(ref)));
  if (outside !== undefined) return `${outside} belongs to ${standardOfRef(outside)}, which is not in the programme: add the standard to the programme first.`;
  return null;
}

/** "Changed by X at T": the stale editor learns who got there first, and when, then reloads. */
export function staleEditMessage(subject: string, current: { updatedBy: string | null; updatedAt: string | null }, names: Readonly<Record<string, string>>): string {
  const who = current.updatedBy === null ? 'someone else' : (names[current.updatedBy] ?? current.updatedBy);
  const when = current.updatedAt === null ? '' : ` at ${current.updatedAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `${subject} was changed by ${who}${when} after you opened it. Reload to see their change, then edit again.`;
}

const FIELDS = ['title', 'scope', 'criteria', 'plannedStart', 'plannedEnd', 'leadAuditor', 'team', 'status'] as const satisfies readonly (keyof AuditDraft)[];

function changedFields(before: Audit, after: AuditDraft): string[] {
  return FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

const planned = (audit: Audit) => Object.fromEntries(FIELDS.map((field) => [field, audit[field]]));

/** A new audit numbered `number`, and its creation event. */
export function newAudit(number: number, draft: AuditDraft, actor: string, now: Date): { audit: Audit; event: ProgrammeEvent } {
  const at = now.toISOString();
  const audit: Audit = { id: auditIdOf(number), ...draft, issueKey: null, version: 1, updatedAt: at, updatedBy: actor };
  return { audit, event: { kind: 'audit-created', subject: audit.id, version: 1, actor, at, summary: `Planned ${audit.id} ${audit.title}`, before: null, after: planned(audit) } };
}

/** The audit with the draft applied as the next version, and its event; no event when nothing changed. */
export function editedAudit(current: Audit, draft: AuditDraft, actor: string, now: Date): { audit: Audit; event: ProgrammeEvent | null } {
  const changed = changedFields(current, draft);
  if (changed.length === 0) return { audit: current, event: null };
  const at = now.toISOString();
  const audit: Audit = { ...current, ...draft, version: current.version + 1, updatedAt: at, updatedBy: actor };
  return { audit, event: { kind: 'audit-edited', subject: audit.id, version: audit.version, actor, at, summary: `Changed ${changed.join(', ')}`, before: planned(current), after: planned(audit) } };
}
