/// <reference types="node" />
/**
 * `quartier-feed export --format hsds <feed> --out <folder>`: the feed as
 * HSDS 3.0 tables, one JSON file per table; `export --format dcat
 * <catalog.json> --out <file>`: the catalogue as DCAT-AP.de JSON-LD (with
 * `dct:modified` from a harvest's state.json beside the catalogue's output
 * when `--out` is inside it). What could not be carried over is printed as
 * a note, and makes the exit code 1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadState } from '../harvest/harvest-state.js';
import { exportHsds, HSDS_TABLES } from '../interop/hsds-export.js';
import { catalogToDcat } from '../interop/dcat.js';
import type { CheckTranslate } from './check-feed.js';
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

export function runInterop(p: PortalArgs, io: Io, t: CheckTranslate): Promise<number> {
  return p.format === 'dcat' ? exportDcatCommand(p, io, t) : exportHsdsCommand(p, io, t);
}
