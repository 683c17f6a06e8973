/**
 * `npm run bench`: REST calls, invocations, wall time and peak heap per scenario on the workbench, each compared
 * with a naive baseline in the same run. Prints a table and writes bench-results/bench.json.
 * Sizes: BENCH_SIZES=10000,50000 (default). The risk register bench always seeds 5,000 risks on a demo site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createWorkbench } from '../workbench/app/createWorkbench';
import { loadApp, loadOpenApi } from '../workbench/app/loadApp';
import { buildDemoSite, buildLargeSite, DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import type { SimState } from '../workbench/jira/model';
import { measure, printTable, type Measurement } from './measure';
import { collectIdsNaively, collectIdsWithTokenPaging } from './searchScenarios';
import { evidenceReportBench, printEvidenceTable, type EvidenceBenchRow } from './evidenceScenarios';
import { printRiskTable, riskRegisterBench } from './riskScenarios';
import { printSoaTable, soaEvidenceBench } from './soaScenarios';
import { auditProgrammeBench, printAuditRow } from './auditScenarios';

const appDir = path.resolve(__dirname, '..');
const app = loadApp(appDir);
const openapi = loadOpenApi(appDir);
const sizes = (process.env.BENCH_SIZES ?? '10000,50000').split(',').map(Number);

function workbenchOn(state: SimState) {
  return createWorkbench({ app, openapi, state, now: () => DEMO_NOW });
}

async function panelLoad(): Promise<Measurement[]> {
  const workbench = workbenchOn(buildDemoSite());
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === DEMO_ISSUE_KEYS.vpnOutage)!;
  const context = { moduleKey: 'ims-compliance-panel', accountId: DEMO_USERS.agent.accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } };
  // REST calls = those the backend made (runtime metrics) + those the panel made through the bridge.
  const counted = async (run: () => Promise<number>) => {
    workbench.runtime.resetMetrics();
    const bridgeCalls = await run();
    const { restCalls, invocations } = workbench.runtime.metrics;
    return { restCalls: restCalls.total + bridgeCalls, invocations: Object.values(invocations).reduce((sum, count) => sum + count, 0) };
  };
  return [
    // Naive: the panel asks Jira for the issue itself before asking the backend.
    await measure('compliance panel load', 'naive', () =>
      counted(async () => {
        await workbench.jira.handle({ method: 'GET', path: `/rest/api/3/issue/${issue.key}`, headers: {}, actor: { kind: 'user', accountId: context.accountId } });
        await workbench.runtime.invokeResolver({ functionKey: 'getIssueContext', payload: {}, context });
        return 1;
      }),
    ),
    await measure('compliance panel load', 'triad', () =>
      counted(async () => {
        await workbench.runtime.invokeResolver({ functionKey: 'getIssueContext', payload: {}, context });
        return 0;
      }),
    ),
  ];
}

/**
 * One classification save on the no-escalation path (the domains were escalated by an earlier save): the budget
 * is 1 invoke and at most 3 REST calls. The trigger that follows runs after the user's answer and is not counted.
 */
async function classificationSave(): Promise<Measurement[]> {
  const workbench = workbenchOn(buildDemoSite());
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === DEMO_ISSUE_KEYS.vpnOutage)!;
  const context = { moduleKey: 'ims-classification-panel', accountId: DEMO_USERS.agent.accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } };
  const input = { service: true, security: true, severity: 2, confidentiality: 'high', personalData: true, awareAt: new Date(Date.now() - 3_600_000).toISOString() };
  await workbench.runtime.invokeResolver({ functionKey: 'saveClassification', payload: { input }, context });
  await workbench.settle();
  workbench.runtime.resetMetrics();
  const row = await measure('classification save, no escalation', 'triad', async () => {
    await workbench.runtime.invokeResolver({ functionKey: 'saveClassification', payload: { input: { ...input, integrity: 'low' } }, context });
    const { restCalls, invocations } = workbench.runtime.metrics;
    return { restCalls: restCalls.asUser, invocations: invocations.resolver };
  });
  await workbench.settle();
  console.log(`classification save (no escalation): ${row.invocations} invoke, ${row.restCalls} REST calls (budget: 1 invoke, <= 3 REST calls)`);
  return [row];
}

async function searchCollection(size: number): Promise<Measurement[]> {
  const workbench = workbenchOn(buildLargeSite({ issues: size }));
  const jql = 'project = SD AND statusCategory = Done ORDER BY created DESC';
  const naive = await measure(`collect ids, ${size} issues`, 'naive', () => collectIdsNaively(workbench.jira, jql));
  const paged = await measure(`collect ids, ${size} issues`, 'triad', () => collectIdsWithTokenPaging(workbench.jira, jql));
  return [naive, paged];
}

function bundleSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const resource of (app.manifest.resources as { key: string; path: string }[]) ?? []) {
    const dir = path.join(appDir, resource.path);
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    sizes[resource.key] = files.reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
  }
  return sizes;
}

async function main(): Promise<void> {
  const rows: Measurement[] = [...(await panelLoad()), ...(await classificationSave())];
  for (const size of sizes) rows.push(...(await searchCollection(size)));
  const evidenceRows: EvidenceBenchRow[] = [];
  for (const size of sizes) {
    evidenceRows.push(await evidenceReportBench(app, openapi, size), await evidenceReportBench(app, openapi, size, { crashOnce: true }));
  }
  rows.push(...evidenceRows.map((row) => row.measurement));
  const riskRows = await riskRegisterBench(app, openapi);
  rows.push(...riskRows.map((row) => row.measurement));
  const soaRows = await soaEvidenceBench(app, openapi);
  rows.push(...soaRows.map((row) => row.measurement));
  const auditRow = await auditProgrammeBench(app, openapi);
  rows.push(auditRow.measurement);
  printTable(rows);
  printEvidenceTable(evidenceRows);
  printRiskTable(riskRows);
  printSoaTable(soaRows);
  printAuditRow(auditRow);
  const bundles = bundleSizes();
  console.log(`\nUI bundles (bytes): ${Object.entries(bundles).map(([key, bytes]) => `${key} ${bytes}`).join(', ') || 'not built (npm run build:ui)'}`);
  fs.mkdirSync(path.join(appDir, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'bench-results', 'bench.json'), JSON.stringify({ rows, evidence: evidenceRows.map(({ measurement: _measurement, ...row }) => row), risks: riskRows.map(({ measurement: _measurement, ...row }) => row), soa: soaRows.map(({ measurement: _measurement, ...row }) => row), bundles }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
