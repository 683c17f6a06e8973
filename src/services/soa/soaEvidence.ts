import { builtinCatalog, compareIds, type Catalog, type ClauseId } from '../../domain/catalog';
import {
  CLAUSE_ALIAS,
  FIELDS_PAGE_SIZE,
  createCoverageAggregator,
  dayInTimeZone,
  evidenceSourcesFor,
  type CoverageSetup,
} from '../../domain/evidence';
import { inList } from '../../domain/jql';
import { risksByControl, type SoaEntry } from '../../domain/soa';
import type { RiskId } from '../../domain/schemas/risk';
import type { EvidenceSearchPort } from '../../ports/evidence';
import type { RiskStore } from '../../ports/riskStore';
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

/**
 * Evidence count, last evidence date and stale flag per SoA control, with the risks that call for it.
 * "Updated" is the evidence date: the SoA asks whether a control is still being worked on, not when a ticket closed.
 */
export async function soaEvidence(
  deps: SoaEvidenceDeps,
  entries: readonly Pick<SoaEntry, 'controlId'>[],
  now: Date,
  staleAfterDays: number = DEFAULT_STALE_AFTER_DAYS,
): Promise<SoaEvidenceView> {
  const controls = entries.map((entry) => entry.controlId as ClauseId);
  const { jql, setup } = soaEvidenceSearch(controls);
  const today = dayInTimeZone(now, 'UTC');
  const aggregator = createCoverageAggregator({
    ...setup,
    evidenceRule: 'updated',
    period: { from: '1970-01-01', to: today, timeZone: 'UTC' },
    staleAfterDays,
    drillDownLimit: 0,
  });
  let searchCalls = 0;
  let issuesScanned = 0;
  let nextPageToken: string | undefined;
  do {
    const page = await deps.search.searchPage({
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
  } while (nextPageToken !== undefined);

  const byControl = risksByControl(await allRisks(deps.risks));
  const report = aggregator.report();
  return {
    controls: report.rows.map((row) => ({
      controlId: row.clause,
      evidenceCount: row.direct + row.viaMapped,
      lastEvidenceDate: row.lastEvidenceDate,
      stale: row.status !== 'covered',
      risks: byControl.get(row.clause) ?? [],
    })),
    staleAfterDays,
    searchCalls,
    issuesScanned,
  };
}
