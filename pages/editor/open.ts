/**
 * Where a feed comes from: a file (chosen, dropped, or picked with the
 * browser's file system access so that it can be saved back), an address,
 * or pasted text. A file is read by the reader for its type — one list,
 * `FILE_READERS`: JSON, and spreadsheets (XLSX, ODS), which the spreadsheet
 * chunk turns into the feed's text, fetched only when one is opened. A text
 * that is not a JSON object is not opened over the current feed: it comes
 * back as `unreadable`, for the page to offer in the raw text view for repair.
 */
import { feedToText } from '../../src/authoring/feed-text.js';
import { checkFeed, type FeedCheck } from '../../src/checker/check.js';
import { isRecord } from '../../src/feed/checks.js';
import type { FeedError } from '../../src/feed/errors.js';
import { feedUrl, fetchForCheck, readFile, tooLarge, type FetchHint } from '../check-source.js';
import { loadSpreadsheets, WORKBOOK_ACCEPT, WORKBOOK_TYPES } from '../spreadsheet-files.js';

export type Opened =
  /** A JSON object: ready to edit; from a spreadsheet, with the spreadsheet's check (every place a cell). */
  | { readonly kind: 'feed'; readonly text: string; readonly name: string; readonly handle?: FileSystemFileHandle; readonly sheet?: FeedCheck }
  /** Text that is not a JSON object (`line`/`column` of a syntax error, when known): to repair before it can be edited. */
  | { readonly kind: 'unreadable'; readonly text: string; readonly name: string; readonly line?: number; readonly column?: number }
  /** Nothing could be read: a file of another type or that cannot be read, no address, an address that failed (`error`). */
  | {
      readonly kind: 'failed';
      readonly name: string;
      readonly reason: 'file-type' | 'file-read' | 'not-a-workbook' | 'url-empty' | 'error';
      readonly error?: FeedError;
      readonly hint?: FetchHint;
    };

/** A feed's text, as opened: a JSON object, or text to repair. */
export function openText(text: string, name: string, handle?: FileSystemFileHandle): Opened {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    if (isRecord(JSON.parse(body))) return { kind: 'feed', text: body, name, ...(handle ? { handle } : {}) };
  } catch {
    const failure = checkFeed(body, name).failure;
    return { kind: 'unreadable', text: body, name, ...(failure?.line !== undefined ? { line: failure.line, column: failure.column } : {}) };
  }
  return { kind: 'unreadable', text: body, name };
}

interface FileReaderEntry {
  /** File name endings and media types, for the file input's `accept`. */
  readonly accept: readonly string[];
  read(file: File, handle?: FileSystemFileHandle): Promise<Opened>;
}

async function readJson(file: File, handle?: FileSystemFileHandle): Promise<Opened> {
  const large = tooLarge(file, file.name);
  if (large) return { kind: 'failed', name: file.name, reason: 'error', error: large };
  const text = await readFile(file);
  return text === undefined ? { kind: 'failed', name: file.name, reason: 'file-read' } : openText(text, file.name, handle);
}

/** A spreadsheet's feed name: its own with `.json` (`quartier.xlsx` → `quartier.json`). */
export function jsonName(name: string): string {
  return `${name.replace(/\.[^./\\]*$/, '') || 'feed'}.json`;
}

/**
 * A spreadsheet (XLSX, ODS, XLS) as the feed's text, in the format's order,
 * with the spreadsheet's own check for the page to show at its cells. Never
 * saved back into the spreadsheet's file: the feed is saved as JSON, or as a
 * new spreadsheet.
 */
async function readSpreadsheet(file: File): Promise<Opened> {
  const large = tooLarge(file, file.name);
  if (large) return { kind: 'failed', name: file.name, reason: 'error', error: large };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { kind: 'failed', name: file.name, reason: 'file-read' };
  }
  const { readWorkbook, checkSpreadsheet, NotAWorkbookError } = await loadSpreadsheets();
  try {
    const read = readWorkbook(bytes, file.name);
    const opened = openText(feedToText(read.json), jsonName(file.name));
    return opened.kind === 'feed' ? { ...opened, sheet: checkSpreadsheet(read, file.name) } : opened;
  } catch (error) {
    if (error instanceof NotAWorkbookError) return { kind: 'failed', name: file.name, reason: 'not-a-workbook' };
    throw error;
  }
}

/** The readers by file type, the first that accepts a file reads it. */
export const FILE_READERS: readonly FileReaderEntry[] = [
  { accept: ['.json', 'application/json', '.txt', 'text/plain'], read: readJson },
  { accept: WORKBOOK_ACCEPT, read: readSpreadsheet },
];

/** What the file input accepts. */
export const FILE_ACCEPT = FILE_READERS.flatMap((r) => r.accept).join(',');

function accepts(reader: FileReaderEntry, file: File): boolean {
  const name = file.name.toLowerCase();
  return reader.accept.some((a) => (a.startsWith('.') ? name.endsWith(a) : file.type === a));
}

export async function openFile(file: File, handle?: FileSystemFileHandle): Promise<Opened> {
  const reader = FILE_READERS.find((r) => accepts(r, file));
  return reader ? reader.read(file, handle) : { kind: 'failed', name: file.name, reason: 'file-type' };
}

/** Opens a file with the browser's file picker, keeping its handle to save back to; `undefined` when cancelled or not offered. */
export async function pickFile(): Promise<Opened | undefined> {
  const picker = (window as { showOpenFilePicker?: (options?: unknown) => Promise<FileSystemFileHandle[]> }).showOpenFilePicker;
  if (!picker) return undefined;
  try {
    const accept = { 'application/json': ['.json'], [WORKBOOK_TYPES.xlsx]: ['.xlsx'], [WORKBOOK_TYPES.ods]: ['.ods'] };
    const [handle] = await picker({ types: [{ description: 'Feed', accept }] });
    return handle ? openFile(await handle.getFile(), handle) : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches a feed from what a partner typed as its address (as the checker page does). */
export async function openUrl(input: string, page: URL, doFetch?: typeof fetch): Promise<Opened> {
  const url = feedUrl(input, page.href);
  if (url === undefined) return { kind: 'failed', name: '', reason: 'url-empty' };
  if (!(url instanceof URL)) return { kind: 'failed', name: input.trim(), reason: 'error', error: url };
  const fetched = await fetchForCheck(url, { page, ...(doFetch ? { fetch: doFetch } : {}) });
  const name = decodeURIComponent(url.pathname.split('/').pop() || '') || 'feed.json';
  if ('error' in fetched) return { kind: 'failed', name: url.href, reason: 'error', error: fetched.error, ...(fetched.hint ? { hint: fetched.hint } : {}) };
  return openText(fetched.text, name);
}
