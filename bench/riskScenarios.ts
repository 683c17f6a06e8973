import { RISK_CATEGORIES, type RiskCategory, type RiskStatus } from '../src/domain/schemas/risk';
import type { HeatMap } from '../src/domain/risk';
import type { ImportOutcome } from '../src/services/risk/importRisks';
import type { RiskListView } from '../src/services/risk/riskQueries';
import { createWorkbench, type Workbench } from '../workbench/app/createWorkbench';
import type { LoadedApp } from '../workbench/app/loadApp';
import { buildDemoSite, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import { measure, type Measurement } from './measure';

/** The register size of issue 7's bench. */
export const BENCH_RISKS = 5000;
// An import payload is capped at 450 KB: 1,000 rows of the columns below are about 90 KB.
const ROWS_PER_IMPORT = 1000;
const OWNERS = [DEMO_USERS.ismsLead, DEMO_USERS.aiOwner, DEMO_USERS.agent].map((user) => user.accountId);
const LEAD = DEMO_USERS.ismsLead.accountId;
// A new risk cannot start accepted; the other statuses rotate so a second filter has matches on every index page.
const SEEDED_STATUSES: readonly RiskStatus[] = ['identified', 'assessed', 'treating', 'closed'];

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function invoke<T>(workbench: Workbench, functionKey: string, payload: unknown): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'risk-register-page', accountId: LEAD, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

/** Risk n (0-based): categories, owners and levels rotate so every filter value and heat-map cell is populated. */
function csvRow(n: number): string {
  const likelihood = 1 + (n % 5);
  const impact = 1 + (Math.floor(n / 5) % 5);
  const category = RISK_CATEGORIES[n % RISK_CATEGORIES.length] as RiskCategory;
  const status = SEEDED_STATUSES[Math.floor(n / RISK_CATEGORIES.length) % SEEDED_STATUSES.length] as RiskStatus;
  return [`Bench risk ${n + 1}`, category, OWNERS[n % OWNERS.length], likelihood, impact, 'mitigate', Math.max(1, likelihood - 1), Math.max(1, impact - 1), status].join(',');
}

/** Seeds the register through the real `importRisksCsv` resolver, as the ISMS lead, 1,000 rows an invocation. */
async function seedRegister(workbench: Workbench, count: number): Promise<void> {
  const header = 'title,category,owner,inherentLikelihood,inherentImpact,treatment,residualLikelihood,residualImpact,status';
  for (let start = 0; start < count; start += ROWS_PER_IMPORT) {
    const rows = Array.from({ length: Math.min(ROWS_PER_IMPORT, count - start) }, (_, index) => csvRow(start + index));
    const outcome = valueOf(await invoke<ImportOutcome>(workbench, 'importRisksCsv', { csv: [header, ...rows].join('\n'), dryRun: false }));
    if (outcome.createdIds.length !== rows.length) throw new Error(`The import created ${outcome.createdIds.length} of ${rows.length} risks`);
  }
}

export interface RiskBenchRow {
  scenario: string;
  risks: number;
  rowsShown: number;
  /** KVS entity query pages (custom entity `getMany` calls). */
  queryPages: number;
  /** Every other KVS call (gets of settings, single entities). */
  otherKvsCalls: number;
  restCalls: number;
  invocations: number;
  longestInvocationMs: number;
  kvsByPath: Record<string, number>;
  measurement: Measurement;
}

const isQueryPath = (path: string) => path.includes('query');

/** Runs `work` on fresh metrics and reads the counts it caused; each invocation is timed on its own. */
async function counted(workbench: Workbench, risks: number, scenario: string, variant: string, work: (timedInvoke: <T>(key: string, payload: unknown) => Promise<T>) => Promise<number>): Promise<RiskBenchRow> {
  let longest = 0;
  let rowsShown = 0;
  const timedInvoke = async <T>(key: string, payload: unknown): Promise<T> => {
    const started = performance.now();
    try {
      return valueOf(await invoke<T>(workbench, key, payload));
    } finally {
      longest = Math.max(longest, performance.now() - started);
    }
  };
  workbench.runtime.resetMetrics();
  const measurement = await measure(scenario, variant, async () => {
    rowsShown = await work(timedInvoke);
    const { restCalls, invocations } = workbench.runtime.metrics;
    return { restCalls: restCalls.total, invocations: invocations.resolver };
  });
  const byPath = { ...workbench.runtime.metrics.kvsCalls.byPath };
  const queryPages = Object.entries(byPath).reduce((sum, [path, calls]) => sum + (isQueryPath(path) ? calls : 0), 0);
  return {
    scenario: `${scenario} [${variant}]`,
    risks,
    rowsShown,
    queryPages,
    otherKvsCalls: workbench.runtime.metrics.kvsCalls.total - queryPages,
    restCalls: measurement.restCalls,
    invocations: measurement.invocations,
    longestInvocationMs: longest,
    kvsByPath: byPath,
    measurement,
  };
}

/** Every page of the register with one filter set, following the cursor as "next page" clicks would. */
async function allPages(timedInvoke: <T>(key: string, payload: unknown) => Promise<T>, filters: Record<string, string>): Promise<RiskListView['rows']> {
  const rows: RiskListView['rows'] = [];
  let cursor: string | undefined;
  do {
    const page: RiskListView = await timedInvoke<RiskListView>('listRisks', { filters, ...(cursor === undefined ? {} : { cursor }) });
    rows.push(...page.rows);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return rows;
}

/**
 * Issue 7's register bench: 5,000 risks on a demo site, then the page's filter (index query pages only, at most
 * one KVS page per 100 rows shown) against a naive full scan filtered in memory, and the heat map, which reads
 * the whole register by design.
 */
export async function riskRegisterBench(app: LoadedApp, openapi: unknown, count = BENCH_RISKS): Promise<RiskBenchRow[]> {
  const workbench = createWorkbench({ app, openapi, state: buildDemoSite(), now: () => DEMO_NOW });
  await seedRegister(workbench, count);
  const security: RiskCategory = 'security';
  const status: RiskStatus = 'assessed';
  const rows: RiskBenchRow[] = [];

  rows.push(
    await counted(workbench, count, `register filter category=${security}, first page`, 'naive', async (timedInvoke) => {
      const everything = await allPages(timedInvoke, {});
      return everything.filter((row) => row.risk.category === security).slice(0, 100).length;
    }),
    await counted(workbench, count, `register filter category=${security}, first page`, 'triad', async (timedInvoke) => {
      const page = await timedInvoke<RiskListView>('listRisks', { filters: { category: security } });
      return page.rows.length;
    }),
    await counted(workbench, count, `register filter category=${security}, all pages`, 'naive', async (timedInvoke) => {
      const everything = await allPages(timedInvoke, {});
      return everything.filter((row) => row.risk.category === security).length;
    }),
    await counted(workbench, count, `register filter category=${security}, all pages`, 'triad', async (timedInvoke) => (await allPages(timedInvoke, { category: security })).length),
    // Two filters: the first is the index partition, the second narrows its pages, so a page may hold fewer rows.
    await counted(workbench, count, `register filter category=${security} status=${status}, all pages`, 'triad', async (timedInvoke) => (await allPages(timedInvoke, { category: security, status })).length),
    await counted(workbench, count, 'heat map (residual)', 'triad', async (timedInvoke) => (await timedInvoke<HeatMap>('riskHeatMap', { kind: 'residual' })).total),
  );
  return rows;
}

// An empty answer still reads one page.
const targetPages = (rowsShown: number) => Math.max(1, Math.ceil(rowsShown / 100));

export function printRiskTable(rows: RiskBenchRow[]): void {
  console.log(`\nRisk register (${rows[0]?.risks ?? 0} risks): KVS entity query pages vs the target of 1 page per 100 rows shown, REST calls, resolver invocations`);
  console.log('scenario  rows shown  KVS query pages  target pages  within target  other KVS calls  REST calls  invocations  longest invocation ms  wall ms  peak heap MB');
  for (const row of rows) {
    console.log(
      [
        row.scenario,
        row.rowsShown,
        row.queryPages,
        targetPages(row.rowsShown),
        row.queryPages <= targetPages(row.rowsShown) ? 'yes' : 'NO',
        row.otherKvsCalls,
        row.restCalls,
        row.invocations,
        row.longestInvocationMs.toFixed(0),
        row.measurement.wallMs.toFixed(0),
        row.measurement.peakHeapMb.toFixed(1),
      ].join('  '),
    );
  }
  console.log(`KVS calls by path: ${rows.map((row) => `${row.scenario}: ${JSON.stringify(row.kvsByPath)}`).join('; ')}`);
}
