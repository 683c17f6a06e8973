import { parse } from 'csv-parse/sync';
import { DEFAULT_RISK_MATRIX, type RiskMatrix } from '../riskMatrix';
import { NewRiskSchema, type NewRisk, type Risk } from '../schemas/risk';
import { isAcceptanceOutdated } from './acceptance';
import { riskClassOf } from './scoring';
import { safeCsv, unescapeCell } from './spreadsheetCell';

/**
 * CSV export and import of the risk register. Import is a dry run first: every row is checked and each problem
 * reported with its row and column; if any row is invalid nothing is returned to write. An export imports back
 * (as new risks): the columns only an export has are recognised and ignored.
 */

const LIST_SEPARATOR = ';';

/** Columns the import reads, in export order; the path is where the schema reports a problem with the column. */
const IMPORT_COLUMNS = [
  { name: 'title', path: 'title', required: true },
  { name: 'description', path: 'description', required: false },
  { name: 'category', path: 'category', required: true },
  { name: 'owner', path: 'owner', required: true },
  { name: 'affectedService', path: 'affected.service', required: false },
  { name: 'affectedAsset', path: 'affected.asset', required: false },
  { name: 'affectedSupplier', path: 'affected.supplier', required: false },
  { name: 'aiSystem', path: 'affected.aiSystem', required: false },
  { name: 'inherentLikelihood', path: 'inherent.likelihood', required: true },
  { name: 'inherentImpact', path: 'inherent.impact', required: true },
  { name: 'treatment', path: 'treatment', required: true },
  { name: 'treatmentActions', path: 'treatmentActions', required: false },
  { name: 'controls', path: 'controls', required: false },
  { name: 'residualLikelihood', path: 'residual.likelihood', required: false },
  { name: 'residualImpact', path: 'residual.impact', required: false },
  { name: 'status', path: 'status', required: false },
  { name: 'reviewCadenceDays', path: 'reviewCadenceDays', required: false },
] as const;
type ImportColumn = (typeof IMPORT_COLUMNS)[number]['name'];

/** Derived or system-set values: exported for the reader, ignored on import. */
const EXPORT_ONLY_COLUMNS = ['id', 'inherentClass', 'residualClass', 'nextReviewDate', 'acceptedBy', 'acceptedAt', 'acceptanceOutdated'] as const;

export const RISK_CSV_COLUMNS = [
  'id', 'title', 'description', 'category', 'owner', 'affectedService', 'affectedAsset', 'affectedSupplier', 'aiSystem',
  'inherentLikelihood', 'inherentImpact', 'inherentClass', 'treatment', 'treatmentActions', 'controls',
  'residualLikelihood', 'residualImpact', 'residualClass', 'status', 'reviewCadenceDays', 'nextReviewDate',
  'acceptedBy', 'acceptedAt', 'acceptanceOutdated',
] as const;

/** Matches the largest register the bench covers; a bigger file is split by the user. */
export const MAX_IMPORT_ROWS = 5000;

export function risksCsv(risks: readonly Risk[], matrix: RiskMatrix = DEFAULT_RISK_MATRIX): string {
  const rows = risks.map((risk) => {
    const cells: Record<(typeof RISK_CSV_COLUMNS)[number], string> = {
      id: risk.id,
      title: risk.title,
      description: risk.description,
      category: risk.category,
      owner: risk.owner,
      affectedService: risk.affected.service ?? '',
      affectedAsset: risk.affected.asset ?? '',
      affectedSupplier: risk.affected.supplier ?? '',
      aiSystem: risk.affected.aiSystem ?? '',
      inherentLikelihood: String(risk.inherent.likelihood),
      inherentImpact: String(risk.inherent.impact),
      inherentClass: riskClassOf(risk.inherent, matrix),
      treatment: risk.treatment,
      treatmentActions: risk.treatmentActions.join(`${LIST_SEPARATOR} `),
      controls: risk.controls.join(`${LIST_SEPARATOR} `),
      residualLikelihood: String(risk.residual.likelihood),
      residualImpact: String(risk.residual.impact),
      residualClass: riskClassOf(risk.residual, matrix),
      status: risk.status,
      reviewCadenceDays: String(risk.reviewCadenceDays),
      nextReviewDate: risk.nextReviewDate,
      acceptedBy: risk.acceptance?.acceptedBy ?? '',
      acceptedAt: risk.acceptance?.acceptedAt ?? '',
      acceptanceOutdated: risk.acceptance === null ? '' : isAcceptanceOutdated(risk) ? 'yes' : 'no',
    };
    return RISK_CSV_COLUMNS.map((column) => cells[column]);
  });
  return safeCsv(RISK_CSV_COLUMNS, rows);
}

/** One problem of an import. Rows count as a spreadsheet shows them: the header is row 1. */
export interface ImportProblem {
  row: number;
  /** 1-based column number and header name; absent for problems of the whole file or row. */
  column?: number;
  columnName?: string;
  message: string;
}

export type RiskImportReport =
  | { ok: true; rowCount: number; risks: NewRisk[] }
  | { ok: false; rowCount: number; invalidRows: number[]; problems: ImportProblem[]; summary: string };

function failed(rowCount: number, problems: ImportProblem[]): RiskImportReport {
  const invalidRows = [...new Set(problems.map((problem) => problem.row))].sort((a, b) => a - b);
  const rows = invalidRows.length === 1 ? `Row ${invalidRows[0]} has` : `${invalidRows.length} rows have`;
  const which = invalidRows.length === 1 ? '' : ` (rows ${invalidRows.join(', ')})`;
  return { ok: false, rowCount, invalidRows, problems, summary: `${rows} errors${which}: nothing was imported` };
}

function readRecords(text: string): { records: string[][] } | { problem: ImportProblem } {
  try {
    const records: string[][] = parse(text, { bom: true, relax_column_count: true });
    return { records: records.map((record) => record.map(unescapeCell)) };
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return { problem: { row: typeof line === 'number' ? line : 1, message: `The file is not valid CSV: ${(error as Error).message}` } };
  }
}

type HeaderMap = Map<ImportColumn, number>;

function readHeader(header: readonly string[]): { columns: HeaderMap } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const columns: HeaderMap = new Map();
  const known = new Set<string>(IMPORT_COLUMNS.map((column) => column.name));
  const ignored = new Set<string>(EXPORT_ONLY_COLUMNS);
  header.forEach((raw, index) => {
    const name = raw.trim();
    const at = { row: 1, column: index + 1, columnName: name };
    if (ignored.has(name)) return;
    if (!known.has(name)) problems.push({ ...at, message: `Unknown column "${name}": the columns are ${IMPORT_COLUMNS.map((column) => column.name).join(', ')}` });
    else if (columns.has(name as ImportColumn)) problems.push({ ...at, message: `The column "${name}" appears twice` });
    else columns.set(name as ImportColumn, index);
  });
  for (const column of IMPORT_COLUMNS.filter((candidate) => candidate.required && !columns.has(candidate.name))) {
    problems.push({ row: 1, message: `The required column "${column.name}" is missing` });
  }
  return problems.length > 0 ? { problems } : { columns };
}

/** Parses one data row into a new risk, or the problems of the row, each with its column. */
function readRow(record: readonly string[], row: number, columns: HeaderMap): { risk: NewRisk } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const reported = new Set<ImportColumn>();
  const at = (name: ImportColumn) => {
    const index = columns.get(name);
    return index === undefined ? { row } : { row, column: index + 1, columnName: name };
  };
  const cell = (name: ImportColumn): string => {
    const index = columns.get(name);
    return index === undefined ? '' : (record[index] ?? '').trim();
  };
  const optional = (name: ImportColumn): string | undefined => (cell(name) === '' ? undefined : cell(name));
  const lowered = (name: ImportColumn): string => cell(name).toLowerCase();
  const list = (name: ImportColumn): string[] => cell(name).split(LIST_SEPARATOR).map((item) => item.trim()).filter((item) => item !== '');
  const number = (name: ImportColumn): number | undefined => {
    const value = cell(name);
    if (value === '') return undefined;
    if (/^\d+$/.test(value)) return Number(value);
    problems.push({ ...at(name), message: `"${value}" is not a whole number` });
    reported.add(name);
    return undefined;
  };

  const residualLikelihood = number('residualLikelihood');
  const residualImpact = number('residualImpact');
  const candidate = {
    title: cell('title'),
    description: cell('description'),
    category: lowered('category'),
    owner: cell('owner'),
    affected: { service: optional('affectedService'), asset: optional('affectedAsset'), supplier: optional('affectedSupplier'), aiSystem: optional('aiSystem') },
    inherent: { likelihood: number('inherentLikelihood'), impact: number('inherentImpact') },
    treatment: lowered('treatment'),
    treatmentActions: list('treatmentActions'),
    controls: list('controls'),
    residual: residualLikelihood === undefined && residualImpact === undefined ? undefined : { likelihood: residualLikelihood, impact: residualImpact },
    status: optional('status')?.toLowerCase(),
    reviewCadenceDays: number('reviewCadenceDays'),
  };
  const parsed = NewRiskSchema.safeParse(candidate);
  if (parsed.success && problems.length === 0) return { risk: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.filter((part) => typeof part === 'string').join('.');
    const column = IMPORT_COLUMNS.find((candidateColumn) => candidateColumn.path === path)?.name;
    if (column !== undefined && reported.has(column)) continue;
    const value = column === undefined ? '' : cell(column);
    const got = value === '' ? '' : ` (got "${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
    problems.push({ ...(column === undefined ? { row } : at(column)), message: `${issue.message}${got}` });
  }
  return { problems };
}

/** The dry run: the risks to create when every row is valid, otherwise every problem and nothing to write. */
export function importRisksCsv(text: string): RiskImportReport {
  const read = readRecords(text);
  if ('problem' in read) return failed(0, [read.problem]);
  const [header, ...rows] = read.records;
  if (header === undefined) return failed(0, [{ row: 1, message: 'The file is empty: expected a header row and one row per risk' }]);
  if (rows.length > MAX_IMPORT_ROWS) return failed(rows.length, [{ row: MAX_IMPORT_ROWS + 2, message: `The file has ${rows.length} risks; import at most ${MAX_IMPORT_ROWS} at a time` }]);
  const headerRead = readHeader(header);
  if ('problems' in headerRead) return failed(rows.length, headerRead.problems);

  const risks: NewRisk[] = [];
  const problems: ImportProblem[] = [];
  const isBlank = (record: readonly string[]) => record.every((value) => value.trim() === '');
  rows.forEach((record, index) => {
    // Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
    if (isBlank(record)) return;
    if (record.length > header.length && !isBlank(record.slice(header.length))) {
      problems.push({ row: index + 2, message: `The row has ${record.length} cells but the header names ${header.length} columns` });
      return;
    }
    const result = readRow(record, index + 2, headerRead.columns);
    if ('risk' in result) risks.push(result.risk);
    else problems.push(...result.problems);
  });
  const rowCount = rows.filter((record) => !isBlank(record)).length;
  if (problems.length > 0) return failed(rowCount, problems);
  if (rowCount === 0) return failed(0, [{ row: 2, message: 'The file has a header but no risks' }]);
  return { ok: true, rowCount, risks };
}
