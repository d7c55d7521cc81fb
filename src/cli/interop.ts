/// <reference types="node" />
/**
 * `quartier-feed export --format hsds <feed> --out <folder>`: the feed as
 * HSDS 3.0 tables, one JSON file per table; `export --format dcat
 * <catalog.json> --out <file>`: the catalogue as DCAT-AP.de JSON-LD (with
 * `dct:modified` from a harvest's state.json beside the catalogue's output
 * when `--out` is inside it). What could not be carried over is printed as
 * a note, and makes the exit code 1. `import --format hsds <folder or file>
 * --out <feed.json>`: HSDS 3.0 back to a feed, checked as `check` checks
 * one; what HSDS has and the feed cannot hold is named, in the CLI's
 * language, and makes the exit code 1.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { importHsds, type ImportWarning } from '../interop/hsds-import.js';
import { TableReader } from '../interop/hsds-tables.js';
import { loadState } from '../harvest/harvest-state.js';
import { exportHsds, HSDS_TABLES } from '../interop/hsds-export.js';
import { catalogToDcat } from '../interop/dcat.js';
import { checkFeedText, exitCodeOf, type CheckLang, type CheckTranslate } from './check-feed.js';
import { readForCheck, checkRead } from './check-source.js';
import { formatReport } from './format-report.js';
import type { Io } from './main.js';
import { readCatalogFile, type PortalArgs } from './portal.js';
import { escapeControls } from './terminal-text.js';
import { checkFeed } from '../checker/check.js';
import { DEFAULT_MAX_BYTES } from '../feed/fetch-feed.js';

async function exportHsdsCommand(p: PortalArgs, io: Io, t: CheckTranslate): Promise<number> {
  const read = await readForCheck(p.input, 'de', DEFAULT_MAX_BYTES);
  const report = 'source' in read ? read : checkRead(read, p.input, 'de');
  const feed = 'text' in read ? checkFeed(read.text, p.input).feed : undefined;
  if (!feed) {
    io.stdout.write(`${formatReport(report, t, { color: false, strict: false }).join('\n')}\n`);
    return 2;
  }
  const { tables, warnings } = exportHsds(feed);
  await mkdir(p.out, { recursive: true });
  for (const table of HSDS_TABLES) await writeFile(join(p.out, `${table}.json`), `${JSON.stringify(tables[table], null, 1)}\n`);
  for (const w of warnings) io.stderr.write(`${escapeControls(t.cli('cli.export.warning', { value: w }))}\n`);
  io.stdout.write(`${escapeControls(t.cli('cli.written', { file: p.out }))}\n`);
  return warnings.length ? 1 : 0;
}

async function exportDcatCommand(p: PortalArgs, io: Io, t: CheckTranslate): Promise<number> {
  const { catalog } = await readCatalogFile(p.input, io, t);
  if (!catalog) return 2;
  const states = await loadState(dirname(p.out));
  const { jsonld, warnings } = catalogToDcat(catalog, catalog.url ?? catalog.homepage ?? 'urn:quartier-catalog:', states);
  await mkdir(dirname(p.out), { recursive: true });
  await writeFile(p.out, `${JSON.stringify(jsonld, null, 1)}\n`);
  for (const w of warnings) io.stderr.write(`${escapeControls(t.cli('cli.export.warning', { value: w }))}\n`);
  io.stdout.write(`${escapeControls(t.cli('cli.written', { file: p.out }))}\n`);
  return warnings.length ? 1 : 0;
}

/** An import warning in the CLI's words. */
function importMessage(w: ImportWarning, t: CheckTranslate, lang: CheckLang): string {
  const quote = (name: string): string => (lang === 'de' ? `„${name}“` : `"${name}"`);
  switch (w.code) {
    case 'field':
      return t.cli('cli.import.field', { table: w.table, field: w.field, count: w.count, names: w.names.map(quote).join(', ') });
    case 'records':
      return w.owner
        ? t.cli('cli.import.records-of', { table: w.table, count: w.count, owner: w.owner })
        : t.cli('cli.import.records', { table: w.table, count: w.count });
    case 'extra':
      return t.cli('cli.import.extra', { table: w.table, name: w.name, count: w.count });
    case 'value':
      return t.cli('cli.import.value', { table: w.table, field: w.field, name: w.name, value: w.value });
    case 'schedule-text':
      return t.cli('cli.import.schedule-text', { name: w.name, value: w.value });
  }
}

/** The JSON files to read: a folder's `*.json` (in name order), or the one file. */
async function hsdsFiles(input: string): Promise<string[]> {
  if (!(await stat(input)).isDirectory()) return [input];
  return (await readdir(input))
    .filter((f) => /\.json$/i.test(f))
    .sort()
    .map((f) => join(input, f));
}

async function importHsdsCommand(p: PortalArgs, io: Io, t: CheckTranslate, lang: CheckLang): Promise<number> {
  const reader = new TableReader();
  let file = p.input;
  try {
    for (file of await hsdsFiles(p.input)) reader.read(JSON.parse(await readFile(file, 'utf8')), file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-read', { file, value: String(code ?? (error as Error).message) }))}\n`);
    return 2;
  }
  const { feed, warnings } = importHsds(reader.tables);
  if (!feed) {
    io.stderr.write(`${escapeControls(t.cli('cli.import.nothing', { file: p.input }))}\n`);
    return 2;
  }
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  try {
    await mkdir(dirname(p.out), { recursive: true });
    await writeFile(p.out, text);
  } catch (error) {
    io.stderr.write(`${escapeControls(t.cli('cli.error.cannot-write', { file: p.out, value: String((error as NodeJS.ErrnoException).code ?? error) }))}\n`);
    return 2;
  }
  for (const skipped of reader.skipped) io.stderr.write(`${escapeControls(t.cli('cli.import.skipped', { file: skipped }))}\n`);
  for (const w of warnings) io.stderr.write(`${escapeControls(t.cli('cli.export.warning', { value: importMessage(w, t, lang) }))}\n`);
  // The result checked by the kit's own validator, as `check` would.
  const report = checkFeedText(text, p.out, lang);
  io.stdout.write(`${[...formatReport(report, t, { color: false, strict: false }), escapeControls(t.cli('cli.written', { file: p.out }))].join('\n')}\n`);
  return Math.max(exitCodeOf(report), warnings.length || reader.skipped.length ? 1 : 0);
}

export function runInterop(p: PortalArgs, io: Io, t: CheckTranslate, lang: CheckLang): Promise<number> {
  if (p.command === 'import') return importHsdsCommand(p, io, t, lang);
  return p.format === 'dcat' ? exportDcatCommand(p, io, t) : exportHsdsCommand(p, io, t);
}
