/**
 * `npm run bench`: REST calls, invocations, wall time and peak heap per scenario on the workbench, each compared
 * with a naive baseline in the same run. Prints a table and writes bench-results/bench.json.
 * Sizes: BENCH_SIZES=10000,50000 (default).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createWorkbench } from '../workbench/app/createWorkbench';
import { loadApp, loadOpenApi } from '../workbench/app/loadApp';
import { buildDemoSite, buildLargeSite, DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import type { SimState } from '../workbench/jira/model';
import { measure, printTable, type Measurement } from './measure';
import { collectIdsNaively, collectIdsWithTokenPaging } from './searchScenarios';

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
  const rows: Measurement[] = [...(await panelLoad())];
  for (const size of sizes) rows.push(...(await searchCollection(size)));
  printTable(rows);
  const bundles = bundleSizes();
  console.log(`\nUI bundles (bytes): ${Object.entries(bundles).map(([key, bytes]) => `${key} ${bytes}`).join(', ') || 'not built (npm run build:ui)'}`);
  fs.mkdirSync(path.join(appDir, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'bench-results', 'bench.json'), JSON.stringify({ rows, bundles }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
