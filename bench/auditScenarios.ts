import type { ProgrammeView } from '../src/services/audit/programmeView';
import { createWorkbench, type Workbench } from '../workbench/app/createWorkbench';
import type { LoadedApp } from '../workbench/app/loadApp';
import { buildDemoSite, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import { measure, type Measurement } from './measure';

const LEAD = DEMO_USERS.ismsLead.accountId;
const FULL_SCOPE = ['ISO20000-1:4-10', 'ISO27001:4-10', 'ISO27001:Annex A', 'ISO42001:4-10', 'ISO42001:Annex A'];

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

async function invoke<T>(workbench: Workbench, functionKey: string, payload: unknown): Promise<T> {
  const answer = (await workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'audit-programme-page', accountId: LEAD, extension: { type: 'jira:fullPage' } } })) as Answered<T>;
  if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

export interface AuditBenchRow {
  scenario: string;
  /** Clause and control rows the coverage view shows. */
  rowsShown: number;
  restCalls: number;
  invocations: number;
  kvsCalls: number;
  measurement: Measurement;
}

/**
 * Issue 9's budget: the programme coverage view for the three standards at full scope costs at most one invoke
 * and no REST call per clause. The programme is planned first through the real resolver, as the ISMS lead.
 */
export async function auditProgrammeBench(app: LoadedApp, openapi: unknown): Promise<AuditBenchRow> {
  const workbench = createWorkbench({ app, openapi, state: buildDemoSite(), now: () => DEMO_NOW });
  await invoke(workbench, 'saveProgramme', { programme: { cycleStartYear: DEMO_NOW.getUTCFullYear(), cycleYears: 3, standards: ['ISO20000-1', 'ISO27001', 'ISO42001'] }, expectedVersion: 0 });
  const start = `${DEMO_NOW.getUTCFullYear()}-06-01`;
  await invoke(workbench, 'createAudit', { audit: { title: 'Full IMS audit', scope: { refs: FULL_SCOPE, processes: [], projects: [] }, criteria: '', plannedStart: start, plannedEnd: start, leadAuditor: LEAD, team: [], status: 'planned' } });
  workbench.runtime.resetMetrics();
  let rowsShown = 0;
  const measurement = await measure('audit programme coverage view, 3 standards, full scope', 'triad', async () => {
    const view = await invoke<ProgrammeView>(workbench, 'getProgramme', {});
    rowsShown = view.coverage?.standards.reduce((sum, standard) => sum + standard.rows.length, 0) ?? 0;
    if (view.coverage?.missedCount !== 0) throw new Error('The full-scope programme should miss nothing');
    const { restCalls, invocations } = workbench.runtime.metrics;
    return { restCalls: restCalls.total, invocations: invocations.resolver };
  });
  return { scenario: measurement.scenario, rowsShown, restCalls: measurement.restCalls, invocations: measurement.invocations, kvsCalls: workbench.runtime.metrics.kvsCalls.total, measurement };
}

export function printAuditRow(row: AuditBenchRow): void {
  console.log(
    `\nAudit programme coverage view (3 standards, full scope): ${row.invocations} invoke (budget 1), ${row.restCalls} REST calls for ${row.rowsShown} clause/control rows ` +
      `(budget: none per clause), ${row.kvsCalls} KVS calls, ${row.measurement.wallMs.toFixed(0)} ms, peak heap ${row.measurement.peakHeapMb.toFixed(1)} MB`,
  );
}
