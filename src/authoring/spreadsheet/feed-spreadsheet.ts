/**
 * Feeds as spreadsheets, for the command line, the checker page and the
 * feed editor (never the widgets): read an XLSX, ODS or CSV file into a
 * feed, with the cell of every value for the checker; write a feed, or an
 * empty template, as XLSX, ODS or a folder of CSV files. The layout comes
 * from the format's description (`sheet-layout.ts`); a feed written and read
 * back is the same feed (see `write-tables.ts` for what "the same" allows).
 */
import { checkParsed, type FeedCheck } from '../../checker/check.js';
import { readTables, type ReadSpreadsheet } from './read-tables.js';
import { feedTables } from './write-tables.js';
import { readCsvTables, readWorkbookTables, writeCsvTables, writeWorkbookTables, type CsvFile, type WorkbookFormat } from './workbook-file.js';

export type { CsvFile, ReadSpreadsheet, WorkbookFormat };

/** A file that is no spreadsheet this reader knows. */
export class NotAWorkbookError extends Error {
  override readonly name = 'NotAWorkbookError';
}

/** ZIP (XLSX, ODS) or the older binary format (XLS). */
function looksLikeWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const cfb = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || cfb;
}

/** The spreadsheet format a file name says, if any. */
export function workbookFormat(name: string): WorkbookFormat | 'csv' | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'ods' || ext === 'csv' ? ext : ext === 'xls' ? 'xlsx' : undefined;
}

/** The feed in an XLSX, ODS (or XLS) file, or a single CSV file named `*.csv`. Throws `NotAWorkbookError` for anything else. */
export function readWorkbook(bytes: Uint8Array, name: string): ReadSpreadsheet {
  if (workbookFormat(name) === 'csv') return readCsvFolder([{ name, text: new TextDecoder().decode(bytes) }]);
  if (!looksLikeWorkbook(bytes)) throw new NotAWorkbookError(`${name} is not an XLSX, ODS or XLS file`);
  let tables;
  try {
    tables = readWorkbookTables(bytes);
  } catch (cause) {
    throw new NotAWorkbookError(`${name} cannot be read as a spreadsheet`, { cause });
  }
  return readTables(tables);
}

/** The feed in a folder of CSV files, one per sheet, each named after its sheet. */
export function readCsvFolder(files: readonly CsvFile[]): ReadSpreadsheet {
  return readTables(readCsvTables(files));
}

/** `feed` (parsed JSON) as an XLSX or ODS file. */
export function writeWorkbook(feed: unknown, format: WorkbookFormat): Uint8Array {
  return writeWorkbookTables(feedTables(feed), format);
}

/** `feed` as CSV files, one per sheet. */
export function writeCsvFolder(feed: unknown): CsvFile[] {
  return writeCsvTables(feedTables(feed));
}

/** An empty spreadsheet to fill in: every sheet with its headers, explanations and drop-down lists, the feed's version and language set. */
export function writeTemplate(format: WorkbookFormat): Uint8Array {
  return writeWorkbook({ version: '1', language: 'de' }, format);
}

/** The checker's report on a spreadsheet read, every place a cell. */
export function checkSpreadsheet(read: ReadSpreadsheet, source: string): FeedCheck {
  return checkParsed(read.json, source, read);
}
