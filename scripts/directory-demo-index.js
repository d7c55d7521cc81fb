#!/usr/bin/env node
// Writes demo/directory/: the static index of data/beispiel-katalog.json, for
// demo/quartier-directory.html and the directory's tests. The catalogue's
// feeds live at example.org addresses; here each is read from data/<id>.json
// (the same two sample feeds) through the harvester's `fetch` option, so the
// index is what `quartier-feed harvest` writes for that catalogue.
//
//   npm run build:lib && node scripts/directory-demo-index.js
/* global Request, Response */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalog } from '../lib/harvest/catalog.js';
import { harvest } from '../lib/harvest/harvest.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'demo/directory');

const { catalog, problems } = readCatalog(JSON.parse(readFileSync(path.join(root, 'data/beispiel-katalog.json'), 'utf8')));
if (!catalog || problems.length) throw new Error(`data/beispiel-katalog.json: ${JSON.stringify(problems)}`);

/** The sample feed a catalogue URL names (`…/feeds/seesen-lena.json` → data/seesen-lena.json). */
async function fetchSample(input) {
  const name = path.basename(new URL(String(input instanceof Request ? input.url : input)).pathname);
  try {
    return new Response(readFileSync(path.join(root, 'data', name)), { status: 200, headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response('not found', { status: 404 });
  }
}

const out = mkdtempSync(path.join(tmpdir(), 'directory-demo-'));
try {
  const result = await harvest(catalog, { out, fetch: fetchSample, hostIntervalMs: 0 });
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(out, 'index'), target, { recursive: true });
  const failed = Object.values(result.states).filter((s) => s.failure);
  console.log(`wrote ${path.relative(root, target)}/ (${Object.keys(result.states).length} feeds${failed.length ? `, ${failed.length} failed` : ''})`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
