import { builtinCatalog, type ClauseId } from '../src/domain/catalog';
import { CLAUSE_ALIAS, FIELDS_PAGE_SIZE, evidenceSourcesFor } from '../src/domain/evidence';
import { inList } from '../src/domain/jql';
import { buildInitialSoa } from '../src/domain/soa';
import type { SoaEvidenceChunk } from '../src/services/soa/soaEvidence';
import { createWorkbench, type Workbench } from '../workbench/app/createWorkbench';
import type { LoadedApp } from '../workbench/app/loadApp';
import { buildLargeSite, DEMO_NOW, DEMO_USERS } from '../workbench/seed';
import { timed } from './evidenceScenarios';
import { measure, type Measurement } from './measure';

/** Issue 7's size: SoA evidence over 20,000 issues that carry clause links. */
export const BENCH_LINKED_ISSUES = 20_000;
const LEAD = DEMO_USERS.ismsLead.accountId;
// Controls of both Annex A, and a 20000-1 clause whose high-confidence mapping evidences A.5.24.
const LINKED = ['ISO27001:A.5.24', 'ISO27001:A.8.32', 'ISO42001:A.6.2.6', 'ISO27001:A.8.13', 'ISO27001:A.5.1', 'ISO20000-1:8.5.1'];

function linkEveryIssue(workbench: Workbench): void {
  workbench.jira.state.issues.forEach((issue, index) => {
    const clauses = [LINKED[index % LINKED.length] as string];
    issue.properties.imsLinks = { clauses, standards: clauses.map((clause) => clause.split(':')[0]), risks: [], updatedAt: null, updatedBy: null };
  });
}

export interface SoaBenchRow {
  linkedIssues: number;
  chunks: number;
  longestInvocationMs: number;
  measurement: Measurement;
}

/** The naive SoA: one paged search per control (its id and equivalents), as the user, as a page load would run it. */
async function perControlSearches(workbench: Workbench): Promise<number> {
  let calls = 0;
  for (const entry of buildInitialSoa()) {
    const clauses = [entry.controlId, ...evidenceSourcesFor(entry.controlId as ClauseId, builtinCatalog()).map((source) => source.clause)];
    let nextPageToken: string | undefined;
    do {
      const body = { jql: inList(CLAUSE_ALIAS, clauses).text, fields: ['updated'], properties: ['imsLinks'], maxResults: FIELDS_PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) };
      const response = await workbench.jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, body, actor: { kind: 'user', accountId: LEAD } });
      calls += 1;
      nextPageToken = (response.body as { nextPageToken?: string }).nextPageToken;
    } while (nextPageToken !== undefined);
  }
  return calls;
}

/** The SoA page's evidence columns over 20,000 linked issues: ours (chunked, one paged search) and the naive one. */
export async function soaEvidenceBench(app: LoadedApp, openapi: unknown): Promise<SoaBenchRow[]> {
  const longest = { ms: 0 };
  const workbench = createWorkbench({ app: timed(app, longest), openapi, state: buildLargeSite({ issues: BENCH_LINKED_ISSUES }), now: () => DEMO_NOW });
  linkEveryIssue(workbench);
  const context = { moduleKey: 'soa-page', accountId: LEAD, extension: { type: 'jira:fullPage' } };
  const naive = await measure(`SoA evidence, ${BENCH_LINKED_ISSUES} linked issues`, 'naive', async () => ({ restCalls: await perControlSearches(workbench), invocations: 1 }));
  workbench.runtime.resetMetrics();
  let chunks = 0;
  const ours = await measure(`SoA evidence, ${BENCH_LINKED_ISSUES} linked issues`, 'triad', async () => {
    let chunk: SoaEvidenceChunk | undefined;
    do {
      const answer = (await workbench.runtime.invokeResolver({ functionKey: 'getSoaEvidence', payload: chunks === 0 ? {} : { resume: true }, context })) as { ok: boolean; value: SoaEvidenceChunk; error?: { message: string } };
      if (!answer.ok) throw new Error(answer.error?.message);
      chunk = answer.value;
      chunks += 1;
    } while (chunk.status === 'running');
    if (chunk.issuesScanned !== BENCH_LINKED_ISSUES) throw new Error(`The SoA counted ${chunk.issuesScanned} linked issues, not ${BENCH_LINKED_ISSUES}`);
    return { restCalls: workbench.runtime.metrics.restCalls.total, invocations: chunks };
  });
  return [{ linkedIssues: BENCH_LINKED_ISSUES, chunks, longestInvocationMs: longest.ms, measurement: naive }, { linkedIssues: BENCH_LINKED_ISSUES, chunks, longestInvocationMs: longest.ms, measurement: ours }];
}

export function printSoaTable(rows: SoaBenchRow[]): void {
  const ours = rows.find((row) => row.measurement.variant === 'triad');
  if (ours === undefined) return;
  const pagesLowerBound = Math.ceil(ours.linkedIssues / FIELDS_PAGE_SIZE);
  console.log(`\nSoA evidence over ${ours.linkedIssues} linked issues: ${ours.measurement.restCalls} REST calls (linked issues / page size = ${pagesLowerBound}), ${ours.chunks} invocation(s), longest ${ours.longestInvocationMs.toFixed(0)} ms`);
}
