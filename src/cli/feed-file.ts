/// <reference types="node" />
/**
 * Feed files for the command line, in every form it knows: a JSON file, an
 * XLSX, ODS (or XLS) file, a single CSV file, or a folder of CSV files (one
 * per sheet, a path without an extension). Reading gives the text of a JSON
 * feed, or what the spreadsheet reader made of a spreadsheet; writing puts a
 * feed into any of these forms except XLS.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { feedToText } from '../authoring/feed-text.js';
import { readCsvFolder, readWorkbook, workbookFormat, writeCsvFolder, writeWorkbook, type ReadSpreadsheet } from '../authoring/spreadsheet/feed-spreadsheet.js';

export type FeedForm = 'json' | 'xlsx' | 'ods' | 'csv-folder';

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** How to read a path: a folder of CSV files, a spreadsheet by its extension, else JSON (whatever the extension). */
export async function readFormOf(path: string): Promise<FeedForm | 'csv'> {
  if (await isFolder(path)) return 'csv-folder';
  return workbookFormat(path) ?? 'json';
}

/** How to write a path: by its extension, or a folder of CSV files for a folder or a path without one; `undefined` for any other extension. */
export async function writeFormOf(path: string): Promise<FeedForm | undefined> {
  if ((await isFolder(path)) || /[\\/]$/.test(path) || extname(path) === '') return 'csv-folder';
  const ext = extname(path).toLowerCase();
  return ext === '.json' ? 'json' : ext === '.xlsx' ? 'xlsx' : ext === '.ods' ? 'ods' : undefined;
}

/** What was read: a JSON text, or a spreadsheet already read. */
export type ReadFile = { readonly text: string } | { readonly sheet: ReadSpreadsheet };

/** Reads a feed file of any form; throws a Node error (ENOENT …) or the reader's `NotAWorkbookError`. */
export async function readFeedFile(path: string, form: FeedForm | 'csv'): Promise<ReadFile> {
  if (form === 'json') return { text: await readFile(path, 'utf8') };
  if (form === 'csv-folder') {
    const names = (await readdir(path)).filter((name) => /\.csv$/i.test(name)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(path, name), 'utf8') })));
    return { sheet: readCsvFolder(files) };
  }
  return { sheet: readWorkbook(new Uint8Array(await readFile(path)), path) };
}

/** Writes `feed` (parsed JSON) to `path` in `form`; a CSV folder is made if need be. */
export async function writeFeedFile(path: string, form: FeedForm, feed: unknown): Promise<void> {
  if (form === 'json') await writeFile(path, feedToText(feed), 'utf8');
  else if (form === 'csv-folder') {
    await mkdir(path, { recursive: true });
    for (const file of writeCsvFolder(feed)) await writeFile(join(path, file.name), file.text, 'utf8');
  } else await writeFile(path, writeWorkbook(feed, form));
}
