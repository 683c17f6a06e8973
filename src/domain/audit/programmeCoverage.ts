import { builtinCatalog, type Catalog, type CatalogEntry, type ClauseId, type StandardId } from '../catalog';
import type { Audit, AuditId } from './auditPlan';
import { isInCycle, type Programme } from './programme';
import { coveredBy, scopeRefInfo, standardOfRef, type ScopeRefKind } from './programmeScope';

/**
 * Which requirements the programme audits in its cycle. What must be covered, per standard in scope: every clause
 * 4–10, and every reference control the SoA marks applicable.
 *
 * Parent and sub-clauses: scoping a clause covers all its sub-clauses. A clause with sub-clauses is also covered
 * when each of its sub-clauses is, because its requirements are stated in them (27001 9.2 is 9.2.1 + 9.2.2), so
 * the programme may spread 8.5.1, 8.5.2 and 8.5.3 over three audits. A clause without sub-clauses must be scoped
 * itself or through an ancestor. Cancelled audits and audits planned to start outside the cycle count for nothing.
 */

export type CoverageStatus = 'covered' | 'partial' | 'missed';

export interface CoverageRow {
  id: ClauseId;
  ref: string;
  kind: 'clause' | 'control';
  title: string;
  /** Clause depth (8.5.1 → 3); 1 for controls. */
  level: number;
  status: CoverageStatus;
  /** The audits that cover this requirement, or part of it (sub-clauses), in plan order. */
  audits: AuditId[];
}

/** A scope ref that, added to one audit, covers a gap: the largest missed clause, or a missed control group. */
export interface MissedRef {
  id: ClauseId;
  kind: ScopeRefKind;
  title: string;
}

export interface Tally {
  covered: number;
  total: number;
}

export interface StandardCoverage {
  standard: StandardId;
  clauses: Tally;
  /** Null for 20000-1, which has no control annex. */
  controls: Tally | null;
  rows: CoverageRow[];
  missed: MissedRef[];
}

export interface ProgrammeCoverage {
  standards: StandardCoverage[];
  /** How many scope refs are missing over all standards; 0 means the programme covers everything. */
  missedCount: number;
}

const byNumber = (a: AuditId, b: AuditId) => Number(a.slice(4)) - Number(b.slice(4));

/** Audit ids per covered clause/control of one standard, from the audits that count for the cycle. */
function auditsByRequirement(programme: Pick<Programme, 'cycleStartYear' | 'cycleYears'>, audits: readonly Audit[], standard: StandardId, catalog: Catalog): Map<ClauseId, Set<AuditId>> {
  const index = new Map<ClauseId, Set<AuditId>>();
  for (const audit of audits) {
    if (audit.status === 'cancelled' || !isInCycle(programme, audit.plannedStart)) continue;
    for (const ref of audit.scope.refs) {
      if (standardOfRef(ref) !== standard) continue;
      for (const id of coveredBy(ref, catalog)) {
        const set = index.get(id) ?? new Set<AuditId>();
        set.add(audit.id);
        index.set(id, set);
      }
    }
  }
  return index;
}

function clauseCoverage(standard: StandardId, covering: Map<ClauseId, Set<AuditId>>, catalog: Catalog): { rows: CoverageRow[]; missed: MissedRef[] } {
  const clauses = catalog.listStandard(standard, { kind: 'clause' });
  const rowOf = new Map<ClauseId, CoverageRow>();
  const evaluate = (entry: CatalogEntry): CoverageRow => {
    const children = catalog.children(entry.id).filter((child) => child.kind === 'clause').map(evaluate);
    const audits = new Set([...(covering.get(entry.id) ?? []), ...children.flatMap((child) => child.audits)]);
    const status: CoverageStatus = covering.has(entry.id) || (children.length > 0 && children.every((child) => child.status === 'covered'))
      ? 'covered'
      : audits.size > 0 ? 'partial' : 'missed';
    const row: CoverageRow = { id: entry.id, ref: entry.ref, kind: 'clause', title: entry.title, level: entry.level, status, audits: [...audits].sort(byNumber) };
    rowOf.set(entry.id, row);
    return row;
  };
  const roots = clauses.filter((entry) => entry.parent === null);
  roots.forEach(evaluate);
  // The fix list names the largest missed clause, not each of its sub-clauses: adding 8.5 fixes 8.5.x at once.
  const missed: MissedRef[] = [];
  const collect = (entry: CatalogEntry) => {
    const row = rowOf.get(entry.id);
    if (row === undefined || row.status === 'covered') return;
    if (row.status === 'missed') missed.push({ id: entry.id, kind: 'clause', title: entry.title });
    else catalog.children(entry.id).forEach(collect);
  };
  roots.forEach(collect);
  return { rows: clauses.map((entry) => rowOf.get(entry.id)).filter((row): row is CoverageRow => row !== undefined), missed };
}

function controlCoverage(standard: StandardId, applicable: ReadonlySet<ClauseId>, covering: Map<ClauseId, Set<AuditId>>, catalog: Catalog): { rows: CoverageRow[]; missed: MissedRef[] } {
  const controls = catalog.listStandard(standard, { kind: 'control' }).filter((entry) => applicable.has(entry.id));
  const rows = controls.map((entry): CoverageRow => {
    const audits = [...(covering.get(entry.id) ?? [])].sort(byNumber);
    return { id: entry.id, ref: entry.ref, kind: 'control', title: entry.title, level: 1, status: audits.length > 0 ? 'covered' : 'missed', audits };
  });
  // A theme whose applicable controls are all missed is named once, as its group.
  const missed: MissedRef[] = [];
  const groups = new Map<string, CoverageRow[]>();
  controls.forEach((entry, index) => {
    const key = entry.group === undefined ? entry.id : `${standard}:${entry.group.ref}`;
    groups.set(key, [...(groups.get(key) ?? []), rows[index] as CoverageRow]);
  });
  for (const [key, members] of groups) {
    const missing = members.filter((row) => row.status === 'missed');
    if (missing.length === 0) continue;
    const group = scopeRefInfo(key as ClauseId, catalog);
    if (missing.length === members.length && members.length > 1 && group !== undefined) missed.push({ id: group.id, kind: group.kind, title: group.title });
    else missed.push(...missing.map((row) => ({ id: row.id, kind: 'control' as const, title: row.title })));
  }
  return { rows, missed };
}

const tally = (rows: readonly CoverageRow[]): Tally => ({ covered: rows.filter((row) => row.status === 'covered').length, total: rows.length });

/** The coverage view of the programme: per standard in scope, its clauses and applicable controls, covered or not. */
export function programmeCoverage(
  programme: Pick<Programme, 'cycleStartYear' | 'cycleYears' | 'standards'>,
  audits: readonly Audit[],
  applicableControls: ReadonlySet<ClauseId>,
  catalog: Catalog = builtinCatalog(),
): ProgrammeCoverage {
  const standards = programme.standards.map((standard): StandardCoverage => {
    const covering = auditsByRequirement(programme, audits, standard, catalog);
    const clauses = clauseCoverage(standard, covering, catalog);
    const hasControls = catalog.listStandard(standard, { kind: 'control' }).length > 0;
    const controls = hasControls ? controlCoverage(standard, applicableControls, covering, catalog) : { rows: [], missed: [] };
    return {
      standard,
      clauses: tally(clauses.rows),
      controls: hasControls ? tally(controls.rows) : null,
      rows: [...clauses.rows, ...controls.rows],
      missed: [...clauses.missed, ...controls.missed],
    };
  });
  return { standards, missedCount: standards.reduce((sum, standard) => sum + standard.missed.length, 0) };
}
