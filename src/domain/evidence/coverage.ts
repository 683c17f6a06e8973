import { clauseIdParts, compareIds, type ClauseId } from '../catalog';
import { EVIDENCE_RULES } from '../schemas/evidence';
import { addDays, dayInTimeZone, instantOf } from './calendarDay';
import { CoverageCheckpointSchema, type CoverageCheckpoint } from './coverageCheckpoint';
import type {
  CoverageReport,
  CoverageRow,
  CoverageSetup,
  DrillDownEntry,
  EvidenceIssue,
  EvidenceIssueSummary,
} from './coverageTypes';
import { assertIssueId, decodeIdSet, encodeIdSet } from './issueIdSet';
import type { EvidencePlan } from './queryPlan';

export const DEFAULT_DRILL_DOWN_LIMIT = 50;

export function coverageSetup(plan: EvidencePlan, options: { drillDownLimit?: number } = {}): CoverageSetup {
  return {
    clauses: plan.clauses,
    sources: plan.queries
      .filter((query) => query.sources.length > 0)
      .map((query) => ({ clause: query.clause, from: query.sources.map((source) => source.clause) })),
    evidenceRule: plan.evidenceRule,
    period: plan.period,
    staleAfterDays: plan.staleAfterDays,
    drillDownLimit: options.drillDownLimit ?? DEFAULT_DRILL_DOWN_LIMIT,
  };
}

interface RowState {
  direct: number;
  viaMapped: number;
  via: Map<ClauseId, number>;
  lastEvidenceDate: string | null;
  drillDown: DrillDownEntry[];
}

export interface CoverageAggregator {
  /** Counts an issue once per id, whatever page brings it again; returns whether it was new. */
  add(issue: EvidenceIssue): boolean;
  readonly issuesCounted: number;
  toCheckpoint(): CoverageCheckpoint;
  report(): CoverageReport;
}

// Newest evidence first, then the higher issue id: the same kept set whatever order the pages came in.
function newestFirst(a: DrillDownEntry, b: DrillDownEntry): number {
  const byDate = (b.issue.evidenceAt ?? '').localeCompare(a.issue.evidenceAt ?? '');
  return byDate !== 0 ? byDate : Number(b.issue.id) - Number(a.issue.id);
}

function aggregator(setup: CoverageSetup, counted: Set<string>, rows: Map<ClauseId, RowState>): CoverageAggregator {
  // Reverse index: a linked clause → the selected clauses it evidences directly or via a mapping.
  const viaTargets = new Map<ClauseId, ClauseId[]>();
  for (const { clause, from } of setup.sources) {
    for (const source of from) viaTargets.set(source, [...(viaTargets.get(source) ?? []), clause]);
  }
  const { period, staleAfterDays, drillDownLimit } = setup;

  const keep = (row: RowState, entry: DrillDownEntry): void => {
    const oldestKept = row.drillDown[drillDownLimit - 1];
    if (drillDownLimit === 0 || (oldestKept !== undefined && newestFirst(entry, oldestKept) > 0)) return;
    row.drillDown.push(entry);
    row.drillDown.sort(newestFirst);
    if (row.drillDown.length > drillDownLimit) row.drillDown.pop();
  };

  const summaryOf = (issue: EvidenceIssue): { summary: EvidenceIssueSummary; day: string | null } => {
    const stamp = issue[EVIDENCE_RULES[setup.evidenceRule].responseField] ?? null;
    const instant = stamp === null ? undefined : instantOf(stamp);
    const { id, key, summary, type, status, resolutiondate, assignee } = issue;
    return {
      summary: { id, key, summary, type, status, resolutiondate, assignee, evidenceAt: instant?.toISOString() ?? null },
      day: instant === undefined ? null : dayInTimeZone(instant, period.timeZone),
    };
  };

  return {
    add(issue) {
      assertIssueId(issue.id);
      if (counted.has(issue.id)) return false;
      counted.add(issue.id);
      const linked = new Set(issue.clauses);
      const viaSources = new Map<ClauseId, ClauseId[]>();
      for (const clause of linked) {
        for (const target of viaTargets.get(clause) ?? []) {
          if (!linked.has(target)) viaSources.set(target, [...(viaSources.get(target) ?? []), clause]);
        }
      }
      const { summary, day } = summaryOf(issue);
      const record = (row: RowState): void => {
        if (day !== null && (row.lastEvidenceDate === null || day > row.lastEvidenceDate)) row.lastEvidenceDate = day;
      };
      for (const clause of linked) {
        const row = rows.get(clause);
        if (row === undefined) continue;
        row.direct += 1;
        record(row);
        keep(row, { issue: summary });
      }
      for (const [target, sources] of viaSources) {
        const row = rows.get(target);
        if (row === undefined) continue;
        row.viaMapped += 1;
        for (const source of sources) row.via.set(source, (row.via.get(source) ?? 0) + 1);
        record(row);
        keep(row, { issue: summary, via: [...sources].sort(compareIds)[0] as ClauseId });
      }
      return true;
    },

    get issuesCounted() {
      return counted.size;
    },

    toCheckpoint() {
      const issues = new Map<string, EvidenceIssueSummary>();
      for (const row of rows.values()) for (const entry of row.drillDown) issues.set(entry.issue.id, entry.issue);
      return {
        version: 1,
        setup,
        counted: encodeIdSet(counted),
        issues: [...issues.values()],
        rows: [...rows].map(([clause, row]) => ({
          clause,
          direct: row.direct,
          viaMapped: row.viaMapped,
          via: [...row.via],
          lastEvidenceDate: row.lastEvidenceDate,
          drillDown: row.drillDown.map((entry) => ({ id: entry.issue.id, ...(entry.via === undefined ? {} : { via: entry.via }) })),
        })),
      };
    },

    report() {
      // Stale: the latest evidence is older than the last `staleAfterDays` days of the period.
      const staleOnOrBefore = addDays(period.to, -staleAfterDays);
      const result: CoverageRow[] = setup.clauses.map((clause) => {
        const row = rows.get(clause) as RowState;
        const total = row.direct + row.viaMapped;
        const isStale = total > 0 && (row.lastEvidenceDate === null || row.lastEvidenceDate <= staleOnOrBefore);
        return {
          clause,
          status: total === 0 ? 'missing' : isStale ? 'stale' : 'covered',
          direct: row.direct,
          viaMapped: row.viaMapped,
          via: [...row.via].map(([source, count]) => ({ source, count })).sort((a, b) => compareIds(a.source, b.source)),
          lastEvidenceDate: row.lastEvidenceDate,
          isStale,
          drillDown: [...row.drillDown],
          drillDownOmitted: total - row.drillDown.length,
        };
      });
      const totals: CoverageReport['totals'] = {};
      for (const row of result) {
        const { standard } = clauseIdParts(row.clause);
        const counts = (totals[standard] ??= { covered: 0, stale: 0, missing: 0 });
        counts[row.status] += 1;
      }
      return {
        period,
        evidenceRule: setup.evidenceRule,
        staleAfterDays,
        issuesCounted: counted.size,
        rows: result,
        gaps: result.filter((row) => row.status === 'missing').map((row) => row.clause),
        stale: result.filter((row) => row.isStale).map((row) => row.clause),
        totals,
      };
    },
  };
}

const emptyRow = (): RowState => ({ direct: 0, viaMapped: 0, via: new Map(), lastEvidenceDate: null, drillDown: [] });

/** Streams a report's search pages into per-clause counts, keeping only the drill-down issues. */
export function createCoverageAggregator(setup: CoverageSetup): CoverageAggregator {
  return aggregator(setup, new Set(), new Map(setup.clauses.map((clause) => [clause, emptyRow()])));
}

export type CheckpointResult =
  | { ok: true; value: CoverageAggregator }
  | { ok: false; error: { code: 'INVALID_INPUT'; message: string } };

/** Resumes a report job from a stored checkpoint; a corrupt one is refused, never half-read. */
export function coverageFromCheckpoint(stored: unknown): CheckpointResult {
  const parsed = CoverageCheckpointSchema.safeParse(stored);
  const invalid = (message: string): CheckpointResult => ({ ok: false, error: { code: 'INVALID_INPUT', message } });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return invalid(`The report checkpoint is unreadable at ${issue?.path.join('.') || 'its root'}: ${issue?.message ?? 'invalid'}`);
  }
  const { setup, counted, issues, rows } = parsed.data;
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const rowByClause = new Map(rows.map((row) => [row.clause, row]));
  const state = new Map<ClauseId, RowState>();
  for (const clause of setup.clauses) {
    const row = rowByClause.get(clause);
    if (row === undefined) return invalid(`The report checkpoint has no row for ${clause}`);
    const drillDown: DrillDownEntry[] = [];
    for (const entry of row.drillDown) {
      const issue = issueById.get(entry.id);
      if (issue === undefined) return invalid(`The report checkpoint lists issue ${entry.id} under ${clause} but does not hold it`);
      drillDown.push({ issue, ...(entry.via === undefined ? {} : { via: entry.via }) });
    }
    state.set(clause, { direct: row.direct, viaMapped: row.viaMapped, via: new Map(row.via), lastEvidenceDate: row.lastEvidenceDate, drillDown });
  }
  return { ok: true, value: aggregator(setup, new Set(decodeIdSet(counted)), state) };
}
