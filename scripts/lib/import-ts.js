// Imports a TypeScript module of the project in Node: bundled by esbuild to a
// temporary file first (Node 20 runs no TypeScript). For the tools that read
// the project's data: translation tables, the widgets' specs.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The module's exports; `file` is relative to the project's root. */
export async function importTs(file) {
  const dir = mkdtempSync(path.join(tmpdir(), 'quartier-ts-'));
  const out = path.join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [path.join(root, file)], bundle: true, format: 'esm', platform: 'neutral', outfile: out, logLevel: 'error' });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
