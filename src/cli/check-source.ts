/// <reference types="node" />
/**
 * Gets one feed for the checker — a local file (JSON, or a spreadsheet:
 * XLSX, ODS, CSV, a folder of CSV files), or an http(s) URL through
 * `fetchFeedText` (time limit and size cap) — and checks it. Files are held
 * to the same size cap as URLs (the widgets' 5 MiB unless `--max-size` says
 * otherwise). A source that cannot be read becomes a report with a fatal
 * error, never an exception.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSpreadsheet, NotAWorkbookError } from '../authoring/spreadsheet/feed-spreadsheet.js';
import { FeedError, isFeedError } from '../feed/errors.js';
import { DEFAULT_MAX_BYTES, fetchFeedText } from '../feed/fetch-feed.js';
import { jsonDepth, MAX_DEPTH } from '../checker/locate.js';
import { describeFeedError } from '../i18n/feed-messages.js';
import { checkFeedText, checkTranslator, describeCheck, fatalReport, type CheckLang, type CheckReport } from './check-feed.js';
import { readFeedFile, readFormOf, type ReadFile } from './feed-file.js';

/** `scheme://…`: a URL rather than a file name (a Windows drive `C:\` is a file). */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

/** The bytes a path holds: a file's size, or a folder's CSV files together. */
async function sizeOf(path: string): Promise<number> {
  const s = await stat(path);
  if (!s.isDirectory()) return s.size;
  let size = 0;
  for (const name of (await readdir(path)).filter((n) => /\.csv$/i.test(n))) size += (await stat(join(path, name))).size;
  return size;
}

/** Reads a file (no larger than `maxBytes`, as the widgets refuse larger feeds) or fetches a URL (with the same cap). */
async function readSource(source: string, maxBytes: number): Promise<ReadFile> {
  if (!URL_LIKE.test(source)) {
    const form = await readFormOf(source);
    if ((await sizeOf(source)) > maxBytes) throw new FeedError('too-large', { url: source, value: maxBytes });
    return readFeedFile(source, form);
  }
  if (!/^https?:/i.test(source)) throw new FeedError('invalid-url', { value: source });
  return { text: await fetchFeedText(source, { maxBytes }) };
}

/** Reads a source (at most `maxBytes`), or says in a report why it cannot be read. */
export async function readForCheck(source: string, lang: CheckLang, maxBytes = DEFAULT_MAX_BYTES): Promise<ReadFile | CheckReport> {
  const t = checkTranslator(lang);
  try {
    return await readSource(source, maxBytes);
  } catch (error) {
    if (isFeedError(error)) {
      const status = error.details.status;
      return fatalReport(source, {
        code: error.code,
        message: describeFeedError(error, t),
        ...(status !== undefined ? { status } : {}),
      });
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const message =
      error instanceof NotAWorkbookError
        ? t.authoring('read.not-a-workbook', { file: source })
        : code === 'ENOENT'
          ? t.cli('cli.error.not-found', { file: source })
          : t.cli('cli.error.cannot-read', { file: source, value: code ?? String(error) });
    return fatalReport(source, { code: 'cannot-read', message });
  }
}

/**
 * The report on what was read. A JSON text nested deeper than `MAX_DEPTH`
 * (the format needs 8 levels) is reported as such and not checked further.
 */
export function checkRead(read: ReadFile, source: string, lang: CheckLang): CheckReport {
  if ('text' in read) {
    if (jsonDepth(read.text, MAX_DEPTH) > MAX_DEPTH) {
      return fatalReport(source, { code: 'too-deep', message: checkTranslator(lang).cli('cli.error.too-deep', { file: source, value: String(MAX_DEPTH) }) });
    }
    return checkFeedText(read.text, source, lang);
  }
  return describeCheck(checkSpreadsheet(read.sheet, source), checkTranslator(lang));
}

export async function checkSource(source: string, lang: CheckLang, maxBytes = DEFAULT_MAX_BYTES): Promise<CheckReport> {
  const read = await readForCheck(source, lang, maxBytes);
  return 'source' in read ? read : checkRead(read, source, lang);
}
