/**
 * Spreadsheet files on the pages partners use (the checker, the feed
 * editor): which files are spreadsheets, their media types, and the
 * spreadsheet code itself — a chunk of its own (SheetJS is large), fetched
 * only when a spreadsheet is opened or written, never on a page's first load.
 */
import type { WorkbookFormat } from '../src/authoring/spreadsheet/feed-spreadsheet.js';

export type { WorkbookFormat };

export const WORKBOOK_FORMATS: readonly WorkbookFormat[] = ['xlsx', 'ods'];

/** The media type of each format the pages write. */
export const WORKBOOK_TYPES: Readonly<Record<WorkbookFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** What a file input accepts for spreadsheets: endings and media types (XLS is read too). */
export const WORKBOOK_ACCEPT: readonly string[] = ['.xlsx', '.ods', '.xls', WORKBOOK_TYPES.xlsx, WORKBOOK_TYPES.ods, 'application/vnd.ms-excel'];

/** A file the spreadsheet reader takes, by its name. */
export function isSpreadsheet(name: string): boolean {
  return /\.(?:xlsx|xls|ods)$/i.test(name);
}

/** The spreadsheet code, fetched when first needed. */
export const loadSpreadsheets = (): Promise<typeof import('../src/authoring/spreadsheet/feed-spreadsheet.js')> =>
  import('../src/authoring/spreadsheet/feed-spreadsheet.js');
