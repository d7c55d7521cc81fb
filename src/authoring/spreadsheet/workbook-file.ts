/**
 * Spreadsheet files and the sheets of `table.ts`, through SheetJS Community
 * Edition (`@e965/xlsx`, the official 0.20.3 release republished on npm):
 * XLSX and ODS in both directions, and CSV (one file per sheet, UTF-8 with a
 * byte order mark so that Excel reads umlauts right). Reading turns what a
 * spreadsheet program made into plain cells: merged cells give every cell
 * they cover their value, a number shown as a date or time becomes a
 * `DateCell` (ISO parts), the rest is text, number or boolean as stored.
 * Drop-down lists are added to written files by `drop-downs.ts`, since
 * SheetJS does not write them.
 */
import * as XLSX from '@e965/xlsx';
import type { CellValue, DateCell } from './cell-values.js';
import { addDropDowns } from './drop-downs.js';
import type { Table } from './table.js';

export type WorkbookFormat = 'xlsx' | 'ods';

/** Larger sheets are cut here: a stray cell at row 1,048,576 must not make a million empty rows. */
const MAX_ROWS = 200_000;
const MAX_COLUMNS = 1_000;

interface DateParts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly H: number;
  readonly M: number;
  readonly S: number;
}

const SSF = XLSX.SSF as {
  is_date(format: string): boolean;
  parse_date_code(value: number, options?: { date1904?: boolean }): DateParts;
};

const pad = (n: number): string => String(n).padStart(2, '0');

/** A number shown as a date or time, as ISO parts (whole numbers are days, fractions times of day). */
function dateCell(value: number, text: string, date1904: boolean): DateCell {
  const p = SSF.parse_date_code(value, { date1904 });
  const time = `${pad(p.H)}:${pad(p.M)}${p.S ? `:${pad(p.S)}` : ''}`;
  const date = `${String(p.y).padStart(4, '0')}-${pad(p.m)}-${pad(p.d)}`;
  if (value >= 0 && value < 1) return { time, text };
  return Number.isInteger(value) ? { date, text } : { date, time, text };
}

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue | undefined {
  if (!cell) return undefined;
  const { t, v } = cell;
  if (t === 'n' && typeof v === 'number') {
    return typeof cell.z === 'string' && SSF.is_date(cell.z) ? dateCell(v, cell.w ?? String(v), date1904) : v;
  }
  if (t === 'b' && typeof v === 'boolean') return v;
  if (t === 's' && typeof v === 'string') return v;
  if (t === 'd' && v instanceof Date) return { date: v.toISOString().slice(0, 10), text: cell.w ?? v.toISOString() };
  return cell.w;
}

function sheetTable(name: string, sheet: XLSX.WorkSheet, date1904: boolean, hidden: boolean): Table {
  const ref = sheet['!ref'];
  if (!ref) return { name, rows: [] };
  const range = XLSX.utils.decode_range(ref);
  const lastRow = Math.min(range.e.r, MAX_ROWS - 1);
  const lastColumn = Math.min(range.e.c, MAX_COLUMNS - 1);
  const rows: Array<Array<CellValue | undefined>> = [];
  for (let r = 0; r <= lastRow; r++) {
    const row: Array<CellValue | undefined> = [];
    for (let c = 0; c <= lastColumn; c++) row.push(cellValue(sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined, date1904));
    rows.push(row);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const value = rows[merge.s.r]?.[merge.s.c];
    for (let r = merge.s.r; r <= Math.min(merge.e.r, lastRow); r++) {
      for (let c = merge.s.c; c <= Math.min(merge.e.c, lastColumn); c++) rows[r]![c] ??= value;
    }
  }
  return { name, rows, ...(hidden ? { hidden } : {}) };
}

/**
 * `read` without SheetJS's notes on `console.error` about formatting it
 * skips ("ODS number format may be incorrect"), which mean nothing to a
 * partner and would clutter the command line's output.
 */
function quietly<T>(read: () => T): T {
  const { error } = console;
  console.error = () => undefined;
  try {
    return read();
  } finally {
    console.error = error;
  }
}

/** The sheets of an XLSX or ODS file (SheetJS throws for a file it cannot read). */
export function readWorkbookTables(bytes: Uint8Array): Table[] {
  const book = quietly(() => XLSX.read(bytes, { type: 'array', cellDates: false, cellNF: true, cellText: true }));
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return book.SheetNames.map((name, i) => sheetTable(name, book.Sheets[name]!, date1904, Boolean(book.Workbook?.Sheets?.[i]?.Hidden)));
}

/** Column widths from the headers, in characters. */
function widths(table: Table): XLSX.ColInfo[] {
  return (table.rows[0] ?? []).map((cell) => ({ wch: Math.min(40, Math.max(12, String(cell ?? '').length + 2)) }));
}

function sheetOf(table: Table, asText: boolean): XLSX.WorkSheet {
  const rows = table.rows.map((row) => row.map((cell) => (cell === undefined ? null : asText ? String(cell) : typeof cell === 'object' ? cell.text : cell)));
  return XLSX.utils.aoa_to_sheet(rows);
}

/** An XLSX or ODS file of the sheets, with their drop-down lists. */
export function writeWorkbookTables(tables: readonly Table[], format: WorkbookFormat): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const table of tables) {
    const sheet = sheetOf(table, false);
    sheet['!cols'] = widths(table);
    XLSX.utils.book_append_sheet(book, sheet, table.name);
  }
  book.Workbook = { Sheets: tables.map((t) => ({ name: t.name, Hidden: t.hidden ? 1 : 0 })) };
  const written = XLSX.write(book, { type: 'array', bookType: format, bookSST: true, compression: true }) as ArrayBuffer;
  return addDropDowns(new Uint8Array(written), format, tables);
}

/** A CSV file as named in a folder, and its text. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

const BOM = '\ufeff';

/** One UTF-8 CSV file per sheet (the hidden list sheet left out), comma-separated, with a byte order mark. */
export function writeCsvTables(tables: readonly Table[]): CsvFile[] {
  return tables
    .filter((t) => !t.hidden)
    .map((t) => ({ name: `${t.name}.csv`, text: `${BOM}${XLSX.utils.sheet_to_csv(sheetOf(t, true), { FS: ',', RS: '\n', blankrows: true })}\n` }));
}

/** The separator of a CSV text: the one of `,` `;` and tab that its first line has most of (outside quotes). */
function separatorOf(text: string): string {
  const line = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (sep: string): number => line.split(sep).length;
  return [',', ';', '\t'].reduce((best, sep) => (count(sep) > count(best) ? sep : best), ',');
}

/** The sheets of a folder's CSV files, each named by its file name; every cell is text. */
export function readCsvTables(files: readonly CsvFile[]): Table[] {
  return files.map(({ name, text }) => {
    const body = text.startsWith(BOM) ? text.slice(1) : text;
    const book = XLSX.read(body, { type: 'string', raw: true, FS: separatorOf(body) } as XLSX.ParsingOptions);
    const sheet = book.Sheets[book.SheetNames[0]!]!;
    return sheetTable(name.replace(/\.csv$/i, ''), sheet, false, false);
  });
}
