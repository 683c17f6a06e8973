import { assessCab, describeMissing, riskClassRank } from '../../domain/cab';
import { cabFieldIds } from './cabFields';
import { refuse, succeed, type CabResult } from './cabResult';
import type { CabAgendaRow } from './cabView';
import { z } from 'zod';
import { accountIdOf, cabContextFor, PEOPLE_FIELDS, templateFor } from './loadChange';
import type { CabPorts } from './ports';

/** Changes awaiting a CAB decision; both values parse with Atlassian's JQL grammar (quoted: one has a space). */
export const AGENDA_JQL = 'cabStatus in ("in review", "invalidated")';
const rank = (row: CabAgendaRow) => (row.riskClass === null ? -1 : riskClassRank(row.riskClass));
// One search page; a CAB meeting with more open changes than this needs the agenda filtered, not a longer list.
export const AGENDA_LIMIT = 100;

export const AgendaInput = z.strictObject({ sort: z.enum(['risk', 'plannedStart'], { error: 'Sort by risk or plannedStart' }).default('risk') });
export type AgendaInput = z.infer<typeof AgendaInput>;

/**
 * The CAB agenda, searched as the caller so Jira leaves out changes they may not browse. Sorted riskiest first
 * (then by planned start) or by planned start (then riskiest); unplanned changes last. Status and missing
 * approvals come from the stored record, not the field.
 */
export async function listAgenda(ports: CabPorts, input: AgendaInput = { sort: 'risk' }): Promise<CabResult<CabAgendaRow[]>> {
  const [settings, ids] = await Promise.all([ports.store.settings.get(), cabFieldIds(ports)]);
  if (ids === null) return refuse('UNAVAILABLE', 'The CAB fields are not installed on this site yet: reinstall the app.');
  const issues = await ports.userJira.searchIssues(AGENDA_JQL, [...PEOPLE_FIELDS, settings.plannedStartField], AGENDA_LIMIT);
  const rows = await Promise.all(
    issues.map(async (issue): Promise<CabAgendaRow | null> => {
      const stored = await ports.store.records.read(issue.id);
      if (stored === null) return null;
      const template = await templateFor(settings, ports.store.settings, stored.record.templateVersion);
      const context = cabContextFor(settings, { requester: accountIdOf(issue.fields.reporter) ?? '', assignee: accountIdOf(issue.fields.assignee) }, template);
      const assessment = assessCab(stored.record, context);
      const plannedStart = issue.fields[settings.plannedStartField];
      return {
        issueKey: issue.key,
        summary: issue.summary,
        riskClass: assessment.riskClass,
        status: assessment.approvals.status,
        changeType: stored.record.changeType,
        missing: describeMissing(assessment.approvals.missing),
        plannedStart: typeof plannedStart === 'string' ? plannedStart.slice(0, 10) : null,
      };
    }),
  );
  const byRisk = (a: CabAgendaRow, b: CabAgendaRow) => rank(b) - rank(a);
  const byStart = (a: CabAgendaRow, b: CabAgendaRow) => (a.plannedStart ?? '9999').localeCompare(b.plannedStart ?? '9999');
  const [first, second] = input.sort === 'risk' ? [byRisk, byStart] : [byStart, byRisk];
  const agenda = rows.filter((row): row is CabAgendaRow => row !== null).sort((a, b) => first(a, b) || second(a, b) || a.issueKey.localeCompare(b.issueKey));
  return succeed(agenda);
}
