// `npm run size`: gzipped sizes of the built bundle and pages against the
// budgets in size-budgets.json, and the code that must not be reachable from
// an entry (`absent`: the spreadsheet library from the widgets). Exits 1 when
// either fails. Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { filesUnder } from './lib/files.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { budgets, absent = [] } = JSON.parse(readFileSync(path.join(root, 'size-budgets.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => (bytes / 1024).toFixed(2);

/** A module and every chunk it imports statically, and with `dynamic` also those it may fetch with `import()`. */
function staticClosure(file, seen = new Set(), dynamic = false) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const re = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
  // `export … from` only for modules (lib/), whose re-exports are imports too; bundles have none.
  const reexport = /(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
  const lazy = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
  const found = [...code.matchAll(re), ...code.matchAll(reexport), ...(dynamic ? code.matchAll(lazy) : [])];
  for (const m of found) {
    if (m[1].startsWith('.')) staticClosure(path.resolve(path.dirname(file), m[1]), seen, dynamic);
  }
  return seen;
}

/** The files a rule names: `entry`, or the files of `dir` whose names match `match`. */
function filesOf(rule) {
  if (rule.entry) return [path.join(root, rule.entry)];
  // A folder not built yet holds no files: the rule's `minFiles` then fails with its own message.
  if (!existsSync(path.join(root, rule.dir))) return [];
  return readdirSync(path.join(root, rule.dir))
    .filter((f) => new RegExp(rule.match).test(f))
    .map((f) => path.join(root, rule.dir, f));
}

if (!existsSync(path.join(root, 'dist'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

let failed = false;
console.log('Budgets (gzip, level 9):');
for (const budget of budgets) {
  const files = budget.entry ? [...staticClosure(path.join(root, budget.entry))] : filesOf(budget);
  // `each`: every matching file on its own (the largest is shown); otherwise their sum.
  const sizes = files.map(gz);
  const size = budget.each ? Math.max(0, ...sizes) : sizes.reduce((sum, n) => sum + n, 0);
  const ok = size <= budget.maxGzipKiB * 1024 && (!budget.minFiles || files.length >= budget.minFiles);
  failed ||= !ok;
  const count = budget.each ? ` (largest of ${files.length} files)` : files.length > 1 ? ` (${files.length} files)` : '';
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${kib(size).padStart(7)} KiB of ${budget.maxGzipKiB} KiB  ${budget.name}${count}`);
  if (budget.minFiles && files.length < budget.minFiles) {
    const missing = existsSync(path.join(root, budget.dir)) ? '' : ` (${budget.dir}/ is missing: run \`npm run build\`)`;
    console.log(`       expected at least ${budget.minFiles} files${missing}`);
  }
}

console.log('\nCode that must not be there:');
for (const rule of absent) {
  const entries = filesOf(rule);
  const reached = entries.flatMap((file) => (existsSync(file) ? [...staticClosure(file, new Set(), rule.dynamic === true)] : []));
  const holding = reached.filter((file) => readFileSync(file, 'utf8').includes(rule.text));
  const ok = entries.length > 0 && entries.every((file) => existsSync(file)) && holding.length === 0;
  failed ||= !ok;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${rule.name} (${reached.length} files checked)`);
  if (entries.length === 0 || !entries.every((file) => existsSync(file))) console.log(`       ${rule.entry ?? rule.match} is missing: run \`npm run build\``);
  for (const file of holding) console.log(`       ${path.relative(root, file)} holds "${rule.text}"`);
}

console.log('\nEvery file in dist/ (gzip):');
for (const file of filesUnder(path.join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
  console.log(`  ${kib(gz(path.join(root, 'dist', file))).padStart(7)} KiB  dist/${file}`);
}
if (failed) {
  console.error('\nA size budget is broken, or code is where it must not be.');
  process.exit(1);
}
