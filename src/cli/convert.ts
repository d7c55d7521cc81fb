/// <reference types="node" />
/**
 * `quartier-feed convert <from> <to>`: a feed from one form into another
 * (JSON, XLSX, ODS, a folder of CSV files), checked on the way as `check`
 * checks it — the report names places in the file given, the one a partner
 * edits; the file written holds the same feed. And `template <out>`: an
 * empty spreadsheet to fill in.
 */
import { writeFile } from 'node:fs/promises';
import { isRecord } from '../feed/checks.js';
import { writeTemplate, type WorkbookFormat } from '../authoring/spreadsheet/feed-spreadsheet.js';
import type { CheckLang, CheckReport } from './check-feed.js';
import { checkRead, readForCheck } from './check-source.js';
import { writeFeedFile, type FeedForm } from './feed-file.js';

export interface Converted {
  readonly report: CheckReport;
  /** Set when the feed was written. */
  readonly written?: string;
  /** Why it could not be written (a Node error code or message). */
  readonly writeError?: string;
}

/** The parsed JSON of a JSON text, when it is an object (a feed can be written from it). */
function feedObject(text: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return isRecord(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function failure(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/** Reads `from`, checks it, and writes it to `to` in `form` when it was read as an object. */
export async function convertFeed(from: string, to: string, form: FeedForm, lang: CheckLang, maxBytes?: number): Promise<Converted> {
  const read = await readForCheck(from, lang, maxBytes);
  if ('source' in read) return { report: read };
  const report = checkRead(read, from, lang);
  // Too deep to check is too deep to write: the writers walk the feed too.
  if (report.error?.code === 'too-deep') return { report };
  const feed = 'text' in read ? feedObject(read.text) : read.sheet.json;
  if (!isRecord(feed)) return { report };
  try {
    await writeFeedFile(to, form, feed);
    return { report, written: to };
  } catch (error) {
    return { report, writeError: failure(error) };
  }
}

/** Writes the empty template; the Node error code when that fails. */
export async function writeTemplateFile(to: string, format: WorkbookFormat): Promise<string | undefined> {
  try {
    await writeFile(to, writeTemplate(format));
    return undefined;
  } catch (error) {
    return failure(error);
  }
}
