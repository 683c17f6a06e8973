import { safeCsv } from '../risk/spreadsheetCell';
import type { Audit } from './auditPlan';
import type { ProgrammeCoverage } from './programmeCoverage';

/** Account ids print as names where known; an unknown account stays recognisable by its id. */
type Names = Readonly<Record<string, string>>;
const nameOf = (names: Names, accountId: string | null) => (accountId === null ? '' : (names[accountId] ?? accountId));

export const AUDIT_PLAN_CSV_COLUMNS = ['audit', 'title', 'status', 'plannedStart', 'plannedEnd', 'leadAuditor', 'team', 'scope', 'processes', 'projects', 'criteria', 'issue'] as const;

/** The audit plan: one row per audit, in plan order; cells escaped against formula injection. */
export function auditPlanCsv(audits: readonly Audit[], names: Names): string {
  return safeCsv(
    AUDIT_PLAN_CSV_COLUMNS,
    audits.map((audit) => [
      audit.id,
      audit.title,
      audit.status,
      audit.plannedStart,
      audit.plannedEnd,
      nameOf(names, audit.leadAuditor),
      audit.team.map((member) => nameOf(names, member)).join('; '),
      audit.scope.refs.join('; '),
      audit.scope.processes.join('; '),
      audit.scope.projects.join('; '),
      audit.criteria,
      audit.issueKey ?? '',
    ]),
  );
}

export const PROGRAMME_COVERAGE_CSV_COLUMNS = ['standard', 'id', 'kind', 'title', 'status', 'audits'] as const;

/** Programme coverage: one row per clause and applicable control of each standard in scope. */
export function programmeCoverageCsv(coverage: ProgrammeCoverage): string {
  return safeCsv(
    PROGRAMME_COVERAGE_CSV_COLUMNS,
    coverage.standards.flatMap((standard) => standard.rows.map((row) => [standard.standard, row.id, row.kind, row.title, row.status, row.audits.join('; ')])),
  );
}
