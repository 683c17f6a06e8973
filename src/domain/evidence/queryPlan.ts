import { builtinCatalog, compareIds, type Catalog, type ClauseId } from '../catalog';
import { and, equals, inList, scopeClause, scopeFragment, type Jql, type JqlResult } from '../jql';
import { EVIDENCE_RULES, type EvidenceReportDefinition, type EvidenceRule, type ReportScope } from '../schemas/evidence';
import { selectedClauses } from './clauseSelection';
import { evidenceSourcesFor, type EvidenceSource } from './mappedEvidence';
import { periodJql, resolvePeriod, type ResolvedPeriod } from './period';

/** The JQL alias of the issue entity property that holds an issue's clause links (canonical ids). */
export const CLAUSE_ALIAS = 'imsClause';

/** Per selected clause: JQL a reader can open in Jira to see its evidence. */
export interface ClauseQuery {
  clause: ClauseId;
  /** Issues linked to the clause itself. */
  directJql: string;
  /** High-confidence mapped clauses whose issues count "via"; empty when mapped evidence is off. */
  sources: EvidenceSource[];
  /** Issues linked to one of `sources`; absent when there are none. */
  mappedJql?: string;
}

/**
 * The one search that collects every issue of the report: `POST /rest/api/3/search/jql` with `jql`, `fields` and
 * `properties` as given, paged by `nextPageToken`. Clause links come back in the issue property (the `imsClause`
 * alias is searchable, not returned), so the property key the compliance panel stores them under is requested.
 */
export interface EvidenceSearch {
  jql: string;
  fields: string[];
  properties: string[];
  /** Selected and mapped clauses in the IN list. */
  clauses: ClauseId[];
}

export interface EvidencePlan {
  clauses: ClauseId[];
  queries: ClauseQuery[];
  search: EvidenceSearch;
  period: ResolvedPeriod;
  evidenceRule: EvidenceRule;
  staleAfterDays: number;
  /** Set when the scope JQL lost a trailing ORDER BY: show it to the user. */
  scopeNotice?: string;
}

export interface PlanOptions {
  /** Key of the issue property holding `{ clauses: ClauseId[] }`, as the manifest's `jira:entityProperty` declares it. */
  clauseLinksProperty: string;
  catalog?: Catalog;
}

function scopeJql(scope: ReportScope): JqlResult<{ clauses: Jql[]; notice?: string }> {
  if (scope.kind === 'basic') {
    const clauses = [
      ...(scope.projects.length > 0 ? [inList('project', scope.projects)] : []),
      ...(scope.issueTypes.length > 0 ? [inList('issuetype', scope.issueTypes)] : []),
    ];
    return { ok: true, value: { clauses } };
  }
  const fragment = scopeFragment(scope.jql);
  if (!fragment.ok) return fragment;
  const { notice } = fragment.value;
  return { ok: true, value: { clauses: [scopeClause(fragment.value)], ...(notice === undefined ? {} : { notice }) } };
}

// Everything the drill-down and the evidence date need, nothing more: fewer fields, bigger pages.
function fieldsFor(rule: EvidenceRule): string[] {
  return [...new Set(['summary', 'issuetype', 'status', 'assignee', 'resolutiondate', EVIDENCE_RULES[rule].responseField])];
}

/**
 * Plans the searches of an evidence report at `now`: JQL per clause for links into Jira, and one combined search
 * over all selected and mapped clauses, which is all the report needs to run (one search instead of one per clause).
 */
export function evidenceQueries(
  definition: EvidenceReportDefinition,
  now: Date,
  options: PlanOptions,
): JqlResult<EvidencePlan> {
  const catalog = options.catalog ?? builtinCatalog();
  const scope = scopeJql(definition.scope);
  if (!scope.ok) return scope;
  const period = resolvePeriod(definition.period, now, definition.timeZone);
  const filters = [periodJql(EVIDENCE_RULES[definition.evidenceRule].jqlField, period), ...scope.value.clauses];
  const evidenceOf = (clauses: readonly ClauseId[]): string =>
    and(clauses.length === 1 ? equals(CLAUSE_ALIAS, clauses[0] as ClauseId) : inList(CLAUSE_ALIAS, clauses), ...filters).text;

  const clauses = selectedClauses(definition, catalog);
  const queries = clauses.map((clause): ClauseQuery => {
    const sources = definition.includeMappedEvidence ? evidenceSourcesFor(clause, catalog) : [];
    const mapped = sources.map((source) => source.clause);
    return { clause, directJql: evidenceOf([clause]), sources, ...(mapped.length > 0 ? { mappedJql: evidenceOf(mapped) } : {}) };
  });
  const mappedClauses = queries.flatMap((query) => query.sources.map((source) => source.clause));
  const searched = [...new Set([...clauses, ...mappedClauses])].sort(compareIds);
  const { notice } = scope.value;
  return {
    ok: true,
    value: {
      clauses,
      queries,
      search: {
        jql: evidenceOf(searched),
        fields: fieldsFor(definition.evidenceRule),
        properties: [options.clauseLinksProperty],
        clauses: searched,
      },
      period,
      evidenceRule: definition.evidenceRule,
      staleAfterDays: definition.staleAfterDays,
      ...(notice === undefined ? {} : { scopeNotice: notice }),
    },
  };
}
