/// <reference types="node" />
/**
 * Gets one feed for the checker — a local file (JSON, or a spreadsheet:
 * XLSX, ODS, CSV, a folder of CSV files), or an http(s) URL through
 * `fetchFeedText` (time limit and size cap) — and checks it. A source that
 * cannot be read becomes a report with a fatal error, never an exception.
 */
import { checkSpreadsheet, NotAWorkbookError } from '../authoring/spreadsheet/feed-spreadsheet.js';
import { FeedError, isFeedError } from '../feed/errors.js';
import { fetchFeedText } from '../feed/fetch-feed.js';
import { describeFeedError } from '../i18n/feed-messages.js';
import { checkFeedText, checkTranslator, describeCheck, fatalReport, type CheckLang, type CheckReport } from './check-feed.js';
import { readFeedFile, readFormOf, type ReadFile } from './feed-file.js';

/** `scheme://…`: a URL rather than a file name (a Windows drive `C:\` is a file). */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

async function readSource(source: string): Promise<ReadFile> {
  if (!URL_LIKE.test(source)) return readFeedFile(source, await readFormOf(source));
  if (!/^https?:/i.test(source)) throw new FeedError('invalid-url', { value: source });
  return { text: await fetchFeedText(source) };
}

/** Reads a source, or says in a report why it cannot be read. */
export async function readForCheck(source: string, lang: CheckLang): Promise<ReadFile | CheckReport> {
  const t = checkTranslator(lang);
  try {
    return await readSource(source);
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

/** The report on what was read. */
export function checkRead(read: ReadFile, source: string, lang: CheckLang): CheckReport {
  if ('text' in read) return checkFeedText(read.text, source, lang);
  return describeCheck(checkSpreadsheet(read.sheet, source), checkTranslator(lang));
}

export async function checkSource(source: string, lang: CheckLang): Promise<CheckReport> {
  const read = await readForCheck(source, lang);
  return 'source' in read ? read : checkRead(read, source, lang);
}
