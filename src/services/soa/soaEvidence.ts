import { builtinCatalog, compareIds, type Catalog, type ClauseId } from '../../domain/catalog';
import {
  CLAUSE_ALIAS,
  FIELDS_PAGE_SIZE,
  coverageFromCheckpoint,
  createCoverageAggregator,
  dayInTimeZone,
  evidenceSourcesFor,
  type CoverageAggregator,
  type CoverageSetup,
} from '../../domain/evidence';
import { inList } from '../../domain/jql';
import { risksByControl, type SoaEntry } from '../../domain/soa';
import type { RiskId } from '../../domain/schemas/risk';
import type { EvidenceSearchPort } from '../../ports/evidence';
import type { RiskStore } from '../../ports/riskStore';
import type { SoaEvidenceScanStore } from '../../ports/soaEvidenceScans';
import type { HandlerResult } from '../../handlers/shared/result';
import { CLAUSE_LINKS_PROPERTY } from '../evidence/reportPlan';

/** Evidence older than this many days leaves a control stale unless the caller says otherwise. */
export const DEFAULT_STALE_AFTER_DAYS = 90;

export interface ControlEvidence {
  controlId: string;
  /** Issues linked to the control or to a high-confidence equivalent in another standard, each once. */
  evidenceCount: number;
  /** Day (UTC) of the latest update of an evidence issue; null when there is none. */
  lastEvidenceDate: string | null;
  /** No evidence in the last `staleAfterDays` days, including no evidence at all. */
  stale: boolean;
  /** Open risks of the register whose controls name this one. */
  risks: RiskId[];
}

export interface SoaEvidenceView {
  controls: ControlEvidence[];
  staleAfterDays: number;
  /** Search pages fetched: about linked issues ÷ page size, whatever the number of controls. */
  searchCalls: number;
  issuesScanned: number;
}

export interface SoaEvidenceDeps {
  /** Jira searched as the calling user, so the counts only include issues they may browse. */
  search: EvidenceSearchPort;
  risks: RiskStore;
}

const RISK_PAGE = 100;
/** Time one invocation spends counting: well inside the 25 s resolver limit, leaving room for the slowest page. */
export const SCAN_BUDGET_MS = 12_000;

async function allRisks(store: RiskStore) {
  const risks = [];
  let cursor: string | undefined;
  do {
    const page = await store.list({}, cursor, RISK_PAGE);
    risks.push(...page.risks);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return risks;
}

/**
 * The one search behind the SoA's evidence columns: every issue linked to an SoA control or to a clause whose
 * evidence counts for one, paged by token. One query per control would cost 131 searches on every page load.
 */
export function soaEvidenceSearch(controls: readonly ClauseId[], catalog: Catalog = builtinCatalog()): { jql: string; setup: Pick<CoverageSetup, 'clauses' | 'sources'> } {
  const sources = controls
    .map((clause) => ({ clause, from: evidenceSourcesFor(clause, catalog).map((source) => source.clause) }))
    .filter((source) => source.from.length > 0);
  const searched = [...new Set([...controls, ...sources.flatMap((source) => source.from)])].sort(compareIds);
  return { jql: inList(CLAUSE_ALIAS, searched).text, setup: { clauses: [...controls], sources } };
}

/** What one SoA evidence count starts from: the controls, the instant staleness is judged at, the threshold. */
interface EvidenceCount {
  controls: ClauseId[];
  now: Date;
  staleAfterDays: number;
}

function newAggregator({ controls, now, staleAfterDays }: EvidenceCount): CoverageAggregator {
  return createCoverageAggregator({
    ...soaEvidenceSearch(controls).setup,
    evidenceRule: 'updated',
    period: { from: '1970-01-01', to: dayInTimeZone(now, 'UTC'), timeZone: 'UTC' },
    staleAfterDays,
    drillDownLimit: 0,
  });
}

export interface EvidencePagesProgress {
  nextPageToken: string | undefined;
  searchCalls: number;
  issuesScanned: number;
}

/**
 * Fetches search pages into the aggregator until the search ends or `shouldStop` says the invocation has used its
 * time. "Updated" is the evidence date: the SoA asks whether a control is still worked on, not when a ticket closed.
 */
async function countPages(
  search: EvidenceSearchPort,
  controls: readonly ClauseId[],
  aggregator: CoverageAggregator,
  from: EvidencePagesProgress,
  shouldStop: () => boolean,
): Promise<EvidencePagesProgress> {
  const { jql } = soaEvidenceSearch(controls);
  let { nextPageToken, searchCalls, issuesScanned } = from;
  do {
    const page = await search.searchPage({
      jql,
      fields: ['updated'],
      properties: [CLAUSE_LINKS_PROPERTY],
      maxResults: FIELDS_PAGE_SIZE,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    searchCalls += 1;
    issuesScanned += page.issues.length;
    for (const issue of page.issues) aggregator.add(issue);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken !== undefined && !shouldStop());
  return { nextPageToken, searchCalls, issuesScanned };
}

async function presentEvidence(risks: RiskStore, aggregator: CoverageAggregator, progress: EvidencePagesProgress, staleAfterDays: number): Promise<SoaEvidenceView> {
  const byControl = risksByControl(await allRisks(risks));
  return {
    controls: aggregator.report().rows.map((row) => ({
      controlId: row.clause,
      evidenceCount: row.direct + row.viaMapped,
      lastEvidenceDate: row.lastEvidenceDate,
      stale: row.status !== 'covered',
      risks: byControl.get(row.clause) ?? [],
    })),
    staleAfterDays,
    searchCalls: progress.searchCalls,
    issuesScanned: progress.issuesScanned,
  };
}

/** Evidence count, last evidence date and stale flag per SoA control, with the risks that call for it, in one go. */
export async function soaEvidence(
  deps: SoaEvidenceDeps,
  entries: readonly Pick<SoaEntry, 'controlId'>[],
  now: Date,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): Promise<SoaEvidenceView> {
  const count = { controls: entries.map((entry) => entry.controlId as ClauseId), now, staleAfterDays };
  const aggregator = newAggregator(count);
  const progress = await countPages(deps.search, count.controls, aggregator, { nextPageToken: undefined, searchCalls: 0, issuesScanned: 0 }, () => false);
  return presentEvidence(deps.risks, aggregator, progress, staleAfterDays);
}

export type SoaEvidenceChunk = ({ status: 'done' } & SoaEvidenceView) | { status: 'running'; searchCalls: number; issuesScanned: number };

export interface SoaEvidenceScanDeps extends SoaEvidenceDeps {
  scans: SoaEvidenceScanStore;
  /** Milliseconds, for the invocation's time budget. */
  elapsedMs: () => number;
}

/**
 * Resolvers get 25 s: past about 100 search pages (10,000 linked issues) one invocation cannot count them all. The
 * page calls this repeatedly: each call counts for `budgetMs`, stores where the search stopped (token and
 * aggregator checkpoint) for this user, and says "running" until the last page; `resume` continues the stored scan.
 */
export async function scanSoaEvidence(
  deps: SoaEvidenceScanDeps,
  accountId: string,
  entries: readonly Pick<SoaEntry, 'controlId'>[],
  input: { now: Date; staleAfterDays?: number; resume?: boolean; budgetMs?: number },
): Promise<HandlerResult<SoaEvidenceChunk>> {
  const staleAfterDays = input.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS;
  const controls = entries.map((entry) => entry.controlId as ClauseId);
  const stored = input.resume === true ? await deps.scans.load(accountId) : undefined;
  if (input.resume === true && (stored === undefined || stored.staleAfterDays !== staleAfterDays)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: 'The evidence count to continue was not found (it finished or was replaced). Reload the page to count again.' } };
  }
  let aggregator: CoverageAggregator;
  let from: EvidencePagesProgress = { nextPageToken: undefined, searchCalls: 0, issuesScanned: 0 };
  let startedAt = input.now;
  if (stored === undefined) {
    aggregator = newAggregator({ controls, now: input.now, staleAfterDays });
  } else {
    const restored = coverageFromCheckpoint(stored.checkpoint);
    if (!restored.ok) return { ok: false, error: { code: 'UNAVAILABLE', message: `The stored evidence count cannot be continued: ${restored.error.message}. Reload the page to count again.` } };
    aggregator = restored.value;
    from = { nextPageToken: stored.nextPageToken, searchCalls: stored.searchCalls, issuesScanned: stored.issuesScanned };
    startedAt = new Date(stored.startedAt);
  }
  const budgetMs = input.budgetMs ?? SCAN_BUDGET_MS;
  const progress = await countPages(deps.search, controls, aggregator, from, () => deps.elapsedMs() >= budgetMs);
  if (progress.nextPageToken === undefined) {
    await deps.scans.clear(accountId);
    return { ok: true, value: { status: 'done', ...(await presentEvidence(deps.risks, aggregator, progress, staleAfterDays)) } };
  }
  await deps.scans.save(accountId, {
    staleAfterDays,
    startedAt: startedAt.toISOString(),
    nextPageToken: progress.nextPageToken,
    searchCalls: progress.searchCalls,
    issuesScanned: progress.issuesScanned,
    checkpoint: aggregator.toCheckpoint(),
  });
  return { ok: true, value: { status: 'running', searchCalls: progress.searchCalls, issuesScanned: progress.issuesScanned } };
}
