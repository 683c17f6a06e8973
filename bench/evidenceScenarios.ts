import { naiveRestCalls, plannedRestCalls, restCallLowerBound, FIELDS_PAGE_SIZE } from '../src/domain/evidence';
import type { EvidenceJobView } from '../src/services/evidence/evidenceView';
import { createWorkbench } from '../workbench/app/createWorkbench';
import type { LoadedApp } from '../workbench/app/loadApp';
import type { SimState } from '../workbench/jira/model';
import { buildLargeSite, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import { measure, type Measurement } from './measure';

/** Clauses the generated issues are linked to: A.8.32 gets direct and "via" (20000-1 8.5.1) evidence. */
const LINKED_CLAUSES = ['ISO27001:A.8.32', 'ISO20000-1:8.5.1', 'ISO27001:A.5.24', 'ISO20000-1:8.6.1', 'ISO42001:A.6.2.6'] as const;
// One generated issue in five carries clause links (large sites have none): the report's search matches those.
const LINKED_EVERY = 5;

const definition = {
  name: 'Annex A and clause 8',
  standards: ['ISO27001', 'ISO20000-1', 'ISO42001'],
  selection: [
    { kind: 'annexA', standard: 'ISO27001' },
    { kind: 'subtree', id: 'ISO20000-1:8' },
    { kind: 'clauses', ids: ['ISO42001:A.6.2.6'] },
  ],
  period: { kind: 'last', count: 12, unit: 'months' },
};

/** Bench setup writes the clause-links property straight into the generated site, as the compliance panel would. */
function linkAFraction(state: SimState): void {
  state.issues.forEach((issue, index) => {
    if (index % LINKED_EVERY !== 0) return;
    const clauses = [LINKED_CLAUSES[index % LINKED_CLAUSES.length] as string];
    issue.properties.imsLinks = { clauses, standards: clauses.map((clause) => clause.split(':')[0]), risks: [], updatedAt: null, updatedBy: null };
  });
}

/** Matches the search path on its `nth` request only: a fault mid-job, after pages were checkpointed. */
class NthSearchRequest extends RegExp {
  private seen = 0;
  constructor(private readonly nth: number) {
    super('^/rest/api/3/search/jql$');
  }
  override test(path: string): boolean {
    if (!super.test(path)) return false;
    this.seen += 1;
    return this.seen === this.nth;
  }
}

/** Wraps every handler to time it: the longest invocation must stay under 20 s. */
export function timed(app: LoadedApp, longest: { ms: number }): LoadedApp {
  const handlers = Object.fromEntries(
    Object.entries(app.handlers).map(([name, handler]) => [
      name,
      typeof handler !== 'function'
        ? handler
        : async (...args: unknown[]) => {
            const started = performance.now();
            try {
              return await (handler as (...a: unknown[]) => unknown)(...args);
            } finally {
              longest.ms = Math.max(longest.ms, performance.now() - started);
            }
          },
    ]),
  );
  return { ...app, handlers };
}

export interface EvidenceBenchRow {
  issues: number;
  evidenceIssues: number;
  restCalls: number;
  lowerBound: number;
  planned: number;
  naive: number;
  consumerInvocations: number;
  longestInvocationMs: number;
  /** Per clause: direct, via and last evidence date, to compare an interrupted run with an uninterrupted one. */
  coverageDigest: string;
  measurement: Measurement;
}

/** Runs one evidence report over a generated site of `size` issues, as the ISMS lead, through the queue. */
export async function evidenceReportBench(app: LoadedApp, openapi: unknown, size: number, options: { crashOnce?: boolean } = {}): Promise<EvidenceBenchRow> {
  const state = buildLargeSite({ issues: size });
  linkAFraction(state);
  const longest = { ms: 0 };
  const workbench = createWorkbench({ app: timed(app, longest), openapi, state, now: () => DEMO_NOW });
  const context = { moduleKey: 'evidence-report-page', accountId: DEMO_USERS.ismsLead.accountId, extension: { type: 'jira:fullPage' } };
  if (options.crashOnce === true) {
    // A crash mid-job: the 6th search page answers 500 (not retried by the adapter), the invocation fails and the
    // platform delivers the event again, which resumes from the checkpoint of page 5.
    workbench.jira.faults.add({ pathPattern: new NthSearchRequest(6), status: 500, times: 1 });
  }
  let view: EvidenceJobView | undefined;
  const measurement = await measure(`evidence report, ${size} issues${options.crashOnce === true ? ', crash' : ''}`, 'triad', async () => {
    const started = (await workbench.runtime.invokeResolver({ functionKey: 'startReport', payload: { definition }, context })) as { ok: boolean; value: EvidenceJobView; error?: { message: string } };
    if (!started.ok) throw new Error(started.error?.message);
    await workbench.settle();
    const status = (await workbench.runtime.invokeResolver({ functionKey: 'jobStatus', payload: { jobId: started.value.jobId }, context })) as { ok: boolean; value: EvidenceJobView };
    view = status.value;
    return { restCalls: workbench.runtime.metrics.restCalls.total, invocations: workbench.runtime.metrics.invocations.consumer };
  });
  if (view?.status !== 'done') throw new Error(`The report ended ${view?.status}: ${view?.message ?? ''}`);
  const evidenceIssues = view.issuesScanned;
  return {
    issues: size,
    evidenceIssues,
    // The resolver's own calls (project list) are part of the report's cost.
    restCalls: measurement.restCalls,
    lowerBound: restCallLowerBound(evidenceIssues, { pageSize: FIELDS_PAGE_SIZE }),
    planned: plannedRestCalls(evidenceIssues).total,
    naive: naiveRestCalls(evidenceIssues),
    consumerInvocations: workbench.runtime.metrics.invocations.consumer,
    longestInvocationMs: longest.ms,
    coverageDigest: JSON.stringify(view.report?.coverage.rows.map((row) => [row.clause, row.direct, row.viaMapped, row.lastEvidenceDate])),
    measurement,
  };
}

export function printEvidenceTable(rows: EvidenceBenchRow[]): void {
  console.log('\nEvidence report: REST calls vs the lower bound (100 issues a call) and the naive approach (ids, then one GET per issue)');
  console.log('issues  evidence issues  REST calls  lower bound  ratio  naive  consumer invocations  longest invocation ms  wall ms  peak heap MB  same report');
  for (const row of rows) {
    const uninterrupted = rows.find((candidate) => candidate.issues === row.issues && !candidate.measurement.scenario.endsWith('crash'));
    console.log(
      [
        `${row.issues}${row.measurement.scenario.endsWith('crash') ? ' (crash)' : ''}`,
        row.evidenceIssues,
        row.restCalls,
        row.lowerBound,
        (row.restCalls / row.lowerBound).toFixed(3),
        row.naive,
        row.consumerInvocations,
        row.longestInvocationMs.toFixed(0),
        row.measurement.wallMs.toFixed(0),
        row.measurement.peakHeapMb.toFixed(1),
        uninterrupted === undefined ? '-' : uninterrupted.coverageDigest === row.coverageDigest ? 'yes' : 'NO',
      ].join('  '),
    );
  }
}
