import { builtinCatalog, compareIds, type Catalog, type ClauseId } from '../../domain/catalog';
import type { ChecklistLine, ChecklistPeriod } from '../../domain/audit/checklist';
import { EVIDENCE_KEYS_PER_LINE } from '../../domain/audit/checklist';
import { CLAUSE_ALIAS, FIELDS_PAGE_SIZE, createCoverageAggregator, evidenceSourcesFor, periodJql } from '../../domain/evidence';
import { and, inList } from '../../domain/jql';
import { EVIDENCE_RULES, type EvidenceRule } from '../../domain/schemas/evidence';
import type { EvidenceSearchPort } from '../../ports/evidence';
import { CLAUSE_LINKS_PROPERTY } from '../evidence/reportPlan';

export interface ChecklistEvidence {
  lines: ChecklistLine[];
  /** Search pages fetched: linked issues ÷ page size, whatever the number of clauses. */
  searchCalls: number;
}

/**
 * The one search behind an audit checklist: issues linked to a scope clause or to a clause whose evidence counts
 * for one (high-confidence equivalents, as the SoA and the evidence report count them), dated in the period.
 */
export function checklistSearchJql(scope: readonly ClauseId[], period: ChecklistPeriod, rule: EvidenceRule, catalog: Catalog = builtinCatalog()) {
  const sources = scope
    .map((clause) => ({ clause, from: evidenceSourcesFor(clause, catalog).map((source) => source.clause) }))
    .filter((source) => source.from.length > 0);
  const searched = [...new Set([...scope, ...sources.flatMap((source) => source.from)])].sort(compareIds);
  const jql = and(inList(CLAUSE_ALIAS, searched), periodJql(EVIDENCE_RULES[rule].jqlField, { ...period, timeZone: 'UTC' })).text;
  return { jql, sources };
}

/**
 * One checklist line per scope clause with the evidence the evidence report finds for the period, from one paged
 * search (one query per clause would cost a search per line on every start).
 */
export async function checklistEvidence(
  search: EvidenceSearchPort,
  scope: readonly ClauseId[],
  period: ChecklistPeriod,
  rule: EvidenceRule,
  catalog: Catalog = builtinCatalog(),
): Promise<ChecklistEvidence> {
  if (scope.length === 0) return { lines: [], searchCalls: 0 };
  const { jql, sources } = checklistSearchJql(scope, period, rule, catalog);
  const aggregator = createCoverageAggregator({
    clauses: [...scope],
    sources,
    evidenceRule: rule,
    period: { ...period, timeZone: 'UTC' },
    // Staleness is the evidence report's question; an audit reads what the period holds.
    staleAfterDays: 3650,
    drillDownLimit: EVIDENCE_KEYS_PER_LINE,
  });
  let searchCalls = 0;
  let nextPageToken: string | undefined;
  do {
    const page = await search.searchPage({
      jql,
      fields: ['summary', 'issuetype', 'status', 'assignee', EVIDENCE_RULES[rule].responseField],
      properties: [CLAUSE_LINKS_PROPERTY],
      maxResults: FIELDS_PAGE_SIZE,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    searchCalls += 1;
    for (const issue of page.issues) aggregator.add(issue);
    nextPageToken = page.nextPageToken;
  } while (nextPageToken !== undefined);

  const lines = aggregator.report().rows.map((row): ChecklistLine => ({
    clause: row.clause,
    title: catalog.lookup(row.clause)?.title ?? '',
    evidenceCount: row.direct + row.viaMapped,
    lastEvidenceDate: row.lastEvidenceDate,
    evidenceKeys: row.drillDown.map((entry) => entry.issue.key),
  }));
  return { lines, searchCalls };
}
