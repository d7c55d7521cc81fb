/// <reference types="node" />
/**
 * Gets one feed for the checker — a local file, or an http(s) URL through
 * `fetchFeedText` (time limit and size cap) — and checks it. A source that
 * cannot be read becomes a report with a fatal error, never an exception.
 */
import { readFile } from 'node:fs/promises';
import { FeedError, isFeedError } from '../feed/errors.js';
import { fetchFeedText } from '../feed/fetch-feed.js';
import { describeFeedError } from '../i18n/feed-messages.js';
import { checkFeedText, checkTranslator, fatalReport, type CheckLang, type CheckReport } from './check-feed.js';

/** `scheme://…`: a URL rather than a file name (a Windows drive `C:\` is a file). */
const URL_LIKE = /^[a-z][a-z0-9+.-]+:\/\//i;

async function readSource(source: string): Promise<string> {
  if (!URL_LIKE.test(source)) return readFile(source, 'utf8');
  if (!/^https?:/i.test(source)) throw new FeedError('invalid-url', { value: source });
  return fetchFeedText(source);
}

export async function checkSource(source: string, lang: CheckLang): Promise<CheckReport> {
  const t = checkTranslator(lang);
  let text: string;
  try {
    text = await readSource(source);
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
      code === 'ENOENT'
        ? t.cli('cli.error.not-found', { file: source })
        : t.cli('cli.error.cannot-read', { file: source, value: code ?? String(error) });
    return fatalReport(source, { code: 'cannot-read', message });
  }
  return checkFeedText(text, source, lang);
}
