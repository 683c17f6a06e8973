import { stringify } from 'csv-stringify/sync';

/**
 * CSV formula injection (CWE-1236): a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula,
 * and tab or carriage return can hide one. Such cells get a leading `'`, which spreadsheets show as text.
 * Cells that already start with quotes before such a character get one more, so `unescapeCell` can take exactly
 * one off and every value survives export and import unchanged.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const WAS_QUOTED = /^'+[=+\-@\t\r]/;

export function escapeCell(value: string): string {
  return NEEDS_QUOTE.test(value) ? `'${value}` : value;
}

export function unescapeCell(cell: string): string {
  return WAS_QUOTED.test(cell) ? cell.slice(1) : cell;
}

/** A UTF-8 CSV with a byte order mark, so spreadsheet programs read accents and `×` correctly; every cell escaped. */
export function safeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => row.map(escapeCell)),
    // Line breaks inside a cell are always quoted, whichever line ending a reader guesses for the file.
    { bom: true, header: true, columns: header.map(escapeCell), quoted_match: /[\r\n]/ },
  );
}
