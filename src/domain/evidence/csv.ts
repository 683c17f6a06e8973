import { stringify } from 'csv-stringify/sync';
import type { Catalog } from '../catalog';
import type { CoverageReport } from './coverageTypes';

// A spreadsheet runs a cell that starts with these as a formula (OWASP "CSV injection"); a leading apostrophe
// makes it text in Excel, LibreOffice and Google Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

type Cell = string | number | null;

/** UTF-8 with a byte order mark so spreadsheet apps read non-ASCII titles and names right; CRLF per RFC 4180. */
function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const safe = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? spreadsheetSafe(cell) : (cell ?? ''))));
  return stringify([header.map(spreadsheetSafe), ...safe], { bom: true, record_delimiter: '\r\n' });
}

const titleOf = (catalog: Catalog, clause: Parameters<Catalog['lookup']>[0]): string => catalog.lookup(clause)?.title ?? '';

/** The coverage matrix: one row per clause or control, as on the report page. */
export function coverageMatrixCsv(report: CoverageReport, catalog: Catalog): string {
  const header = ['Clause', 'Title', 'Status', 'Direct evidence', 'Evidence via mapped clauses', 'Via', 'Last evidence', 'Stale'];
  return toCsv(
    header,
    report.rows.map((row) => [
      row.clause,
      titleOf(catalog, row.clause),
      row.status,
      row.direct,
      row.viaMapped,
      row.via.map(({ source, count }) => `${source} (${count})`).join('; '),
      row.lastEvidenceDate,
      row.isStale ? 'yes' : 'no',
    ]),
  );
}

/**
 * The drill-down issues of every clause, one line per clause and issue; `siteUrl` (e.g. the Jira site's base URL)
 * adds a link column. A clause whose evidence exceeds the kept issues says how many more there are.
 */
export function evidenceListCsv(report: CoverageReport, options: { siteUrl?: string } = {}): string {
  const base = options.siteUrl?.replace(/\/+$/, '');
  const header = ['Clause', 'Issue', 'Summary', 'Type', 'Status', 'Resolved', 'Assignee', 'Evidence via', ...(base ? ['Link'] : [])];
  const rows: Cell[][] = report.rows.flatMap((row) => [
    ...row.drillDown.map(({ issue, via }): Cell[] => [
      row.clause,
      issue.key,
      issue.summary,
      issue.type,
      issue.status,
      issue.resolutiondate,
      issue.assignee,
      via ?? '',
      ...(base ? [`${base}/browse/${encodeURIComponent(issue.key)}`] : []),
    ]),
    ...(row.drillDownOmitted > 0 ? [[row.clause, `(${row.drillDownOmitted} more issues: open the clause's JQL in Jira)`]] : []),
  ]);
  return toCsv(header, rows);
}
