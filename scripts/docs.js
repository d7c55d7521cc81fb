#!/usr/bin/env node
// `npm run docs`: writes the README's tables of attributes, events, CSS custom
// properties and parts from the Custom Elements Manifest (made from the
// widgets' specs by `npm run analyze`). `--check`: exit 1 when README.md
// differs from what the manifest says (CI and test/node/docs.test.js).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib/import-ts.js';
import { writeReadmeTables } from './lib/readme-tables.js';

const README = path.join(root, 'README.md');
const MANIFEST = path.join(root, 'custom-elements.json');

if (!existsSync(MANIFEST)) {
  console.error('custom-elements.json is missing: run `npm run analyze` (or `npm run build`) first.');
  process.exit(1);
}
const readme = readFileSync(README, 'utf8');
const next = writeReadmeTables(readme, JSON.parse(readFileSync(MANIFEST, 'utf8')));
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the API tables differ from custom-elements.json; run `npm run docs`.');
    process.exit(1);
  }
} else if (next !== readme) {
  writeFileSync(README, next);
  console.log('README.md: API tables written.');
}
