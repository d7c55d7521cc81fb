// `npm run size`: gzipped sizes of the built bundle against the budgets in
// size-budgets.json. Exits 1 when a budget is broken. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { filesUnder } from './lib/files.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { budgets } = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** A module and every chunk it imports statically (not `import()`). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const re = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) {
    if (m[1].startsWith('.')) staticClosure(path.resolve(path.dirname(file), m[1]), seen);
  }
  return seen;
}

if (!existsSync(path.join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

let failed = false;
console.log('Budgets (gzip, level 9):');
for (const budget of budgets) {
  const files = budget.entry
    ? [...staticClosure(path.join(root, budget.entry))]
    : readdirSync(path.join(root, budget.dir)).filter((f) => new RegExp(budget.match).test(f)).map((f) => path.join(root, budget.dir, f));
  // `each`: every matching file on its own (the largest is shown); otherwise their sum.
  const sizes = files.map(gz);
  const size = budget.each ? Math.max(0, ...sizes) : sizes.reduce((sum, n) => sum + n, 0);
  const ok = size <= budget.maxGzipKiB * 1024 && (!budget.minFiles || files.length >= budget.minFiles);
  failed ||= !ok;
  const count = budget.each ? ` (largest of ${files.length} files)` : files.length > 1 ? ` (${files.length} files)` : '';
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${kib(size).padStart(7)} KiB of ${budget.maxGzipKiB} KiB  ${budget.name}${count}`);
  if (budget.minFiles && files.length < budget.minFiles) console.log(`       expected at least ${budget.minFiles} files`);
}

console.log('\nEvery file in dist/ (gzip):');
for (const file of filesUnder(path.join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
  console.log(`  ${kib(gz(path.join(root, 'dist', file))).padStart(7)} KiB  dist/${file}`);
}
if (failed) {
  console.error('\nA size budget is broken.');
  process.exit(1);
}
