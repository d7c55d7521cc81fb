// The validation section of `npm run bench` (Node): lib/feed/validate.js on
// generated feeds of 1,000, 10,000 and 50,000 offers against JSON.parse of
// the same text (the target of issue 20, part 2: validation ≤ 1.2× the parse)
// and against ajv with allErrors over data/quartier-feed.schema.json (the
// peer: a schema check alone, which builds no clean feed and says less). Also
// the size of ajv's standalone code for the schema (the other route issue 20
// names, measured for docs/architecture.md). Prints tables; asserts nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { generateFeed } from '../lib/generate-feed.js';
import { median, ms, table } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TARGET = 1.2; // validation time as a multiple of JSON.parse time (issue 20, part 2)
const BUDGET = 8_000; // ms of runs per feed size and contender

const times = (fn, runs) =>
  Array.from({ length: runs }, () => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  });

/**
 * @param {{validateFeed: (json: unknown) => {warnings: readonly unknown[]}}} kit lib/feed/validate.js
 * @param {{log?: (line: string) => void}} [options]
 */
export function benchValidation({ validateFeed }, { log = console.log } = {}) {
  const schema = JSON.parse(readFileSync(path.join(root, 'data/quartier-feed.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const ajvValidate = ajv.compile(schema);
  const standalone = standaloneCode(ajv, ajvValidate);

  const rows = [];
  for (const offers of [1_000, 10_000, 50_000]) {
    const text = JSON.stringify(generateFeed({ offers }));
    const [first] = times(() => validateFeed(JSON.parse(text)), 1);
    // Up to 15 runs after warm-up; fewer (at least 5) when a run is slow.
    const runs = Math.max(5, Math.min(15, Math.floor(BUDGET / first)));
    times(() => validateFeed(JSON.parse(text)), 2);
    times(() => ajvValidate(JSON.parse(text)), 2);
    // Interleaved run by run, so that a machine whose load changes meanwhile weighs on all three alike.
    const samples = { parse: [], both: [], ajv: [] };
    for (let i = 0; i < runs; i++) {
      samples.parse.push(...times(() => JSON.parse(text), 1));
      samples.both.push(...times(() => validateFeed(JSON.parse(text)), 1));
      samples.ajv.push(...times(() => ajvValidate(JSON.parse(text)), 1));
    }
    const parse = median(samples.parse);
    const both = median(samples.both);
    const withAjv = median(samples.ajv);
    const validate = both - parse;
    const peer = withAjv - parse;
    const ratio = validate / parse;
    rows.push([
      offers.toLocaleString('en'),
      `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB`,
      String(runs),
      ms(parse),
      ms(validate),
      `${ratio.toFixed(2)}×`,
      ms(peer),
      `${(validate / peer).toFixed(1)}×`,
      offers >= 10_000 ? `≤ ${TARGET}× parse: ${ratio <= TARGET ? 'met' : 'MISSED'}` : '',
    ]);
  }
  log(
    '\nFeed validation (Node; median of the runs, the three interleaved; validate alone = median(parse + validate) − median(parse), the same for ajv)' +
      '\nkit: lib/feed/validate.js (a clean feed and its warnings); ajv: allErrors over data/quartier-feed.schema.json (a schema check only)',
  );
  log(table(['offers', 'JSON', 'runs', 'JSON.parse', 'kit validate', 'kit / parse', 'ajv allErrors', 'kit / ajv', 'target'], rows));
  log(
    `ajv's standalone code for the schema (the build-time route): ${(standalone.length / 1024).toFixed(0)} KiB, ` +
      `${(gzipSync(standalone).length / 1024).toFixed(1)} KiB gzip, plus its runtime helpers (docs/architecture.md, "Validation speed").`,
  );
}
