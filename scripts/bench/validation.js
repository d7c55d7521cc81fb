// The validation section of `npm run bench` (Node): lib/feed/validate.js on
// generated feeds of 1,000, 10,000 and 50,000 offers against JSON.parse of
// the same text (the target of issue 20, part 2: validation ≤ 1.2× the parse)
// and against ajv with allErrors over data/quartier-feed.schema.json (the
// peer: a schema check alone, which builds no clean feed and says less). The
// kit runs twice: in place (`inPlace`, what the loader does with the document
// it parsed itself: clean records taken as they are, take.ts) and by copy
// (every record read field by field, as for a feed a page hands over). A last
// row gives every offer of 10,000 a bad field, the worst case of the fast
// check (each offer fails it at its last field and goes to the readers). A
// feed given by script (`.feed`, an object the page keeps) is read as the
// loader reads it: plain copies of its records taken (plain-copy.ts); its column is
// that alone (no parse: the page holds the object), as a multiple of the
// parse, beside "by copy" (the readers on the page's object). Also
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

/** One run of `fn`: wall-clock ms, and CPU ms of the process (process.cpuUsage: less swayed by other load on the machine). */
function wallAndCpu(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const t = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: t, cpu: (c.user + c.system) / 1000 };
}

/**
 * @param {{validateFeed: (json: unknown, options?: {inPlace?: boolean, copyRecords?: boolean}) => {warnings: readonly unknown[]}}} kit lib/feed/validate.js
 * @param {{log?: (line: string) => void}} [options]
 */
export function benchValidation({ validateFeed }, { log = console.log } = {}) {
  const schema = JSON.parse(readFileSync(path.join(root, 'data/quartier-feed.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { source: true, esm: true } });
  const ajvValidate = ajv.compile(schema);
  const standalone = standaloneCode(ajv, ajvValidate);

  const rows = [];
  const cases = [
    { offers: 1_000 },
    { offers: 10_000 },
    { offers: 50_000 },
    // Every offer fails the fast check at its last field (an e-mail that is none) and gets a warning.
    { offers: 10_000, bad: true },
  ];
  for (const { offers, bad } of cases) {
    const feed = generateFeed({ offers });
    if (bad) for (const offer of feed.offers) offer.contact = { email: 'keine E-Mail' };
    const text = JSON.stringify(feed);
    const inPlace = () => validateFeed(JSON.parse(text), { inPlace: true });
    const copy = () => validateFeed(JSON.parse(text));
    const [first] = times(copy, 1);
    // Up to 15 runs after warm-up; fewer (at least 5) when a run is slow.
    const runs = Math.max(5, Math.min(15, Math.floor(BUDGET / first)));
    times(inPlace, 2);
    times(copy, 2);
    times(() => ajvValidate(JSON.parse(text)), 2);
    // Interleaved run by run, so that a machine whose load changes meanwhile weighs on all alike.
    const contenders = { parse: () => JSON.parse(text), inPlace, copy, ajv: () => ajvValidate(JSON.parse(text)) };
    const wall = { parse: [], inPlace: [], copy: [], ajv: [] };
    const cpu = { parse: [], inPlace: [], copy: [], ajv: [] };
    for (let i = 0; i < runs; i++) {
      for (const [name, fn] of Object.entries(contenders)) {
        const sample = wallAndCpu(fn);
        wall[name].push(sample.wall);
        cpu[name].push(sample.cpu);
      }
    }
    // A given feed, after the rest (the page's object stays alive meanwhile, which would weigh on the others' GC):
    // the plain copy read in place, against the parse in the same runs.
    const given = { parse: { wall: [], cpu: [] }, read: { wall: [], cpu: [] } };
    {
      const object = JSON.parse(text);
      const read = () => validateFeed(object, { copyRecords: true });
      times(read, 2);
      for (let i = 0; i < runs; i++) {
        for (const [name, fn] of [
          ['parse', contenders.parse],
          ['read', read],
        ]) {
          const sample = wallAndCpu(fn);
          given[name].wall.push(sample.wall);
          given[name].cpu.push(sample.cpu);
        }
      }
    }
    // Validation alone: median(parse + validate) − median(parse); as a multiple of the parse, by the clock and by CPU time.
    const alone = (samples, name) => median(samples[name]) - median(samples.parse);
    const ratioOf = (samples, name) => alone(samples, name) / median(samples.parse);
    const ratio = ratioOf(cpu, 'inPlace');
    rows.push([
      `${offers.toLocaleString('en')}${bad ? ', all bad' : ''}`,
      `${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MiB`,
      String(runs),
      ms(median(wall.parse)),
      ms(alone(wall, 'inPlace')),
      `${ratioOf(wall, 'inPlace').toFixed(2)}× / ${ratio.toFixed(2)}×`,
      ms(alone(wall, 'copy')),
      `${ratioOf(wall, 'copy').toFixed(2)}× / ${ratioOf(cpu, 'copy').toFixed(2)}×`,
      ms(median(given.read.wall)),
      `${(median(given.read.wall) / median(given.parse.wall)).toFixed(2)}× / ${(median(given.read.cpu) / median(given.parse.cpu)).toFixed(2)}×`,
      ms(alone(wall, 'ajv')),
      `${ratioOf(wall, 'ajv').toFixed(2)}× / ${ratioOf(cpu, 'ajv').toFixed(2)}×`,
      offers >= 10_000 && !bad ? `≤ ${TARGET}× parse (CPU): ${ratio <= TARGET ? 'met' : 'MISSED'}` : '',
    ]);
  }
  log(
    '\nFeed validation (Node; median of the runs, all four interleaved; validate alone = median(parse + validate) − median(parse), the same for ajv;' +
      '\nas a multiple of the parse both by the clock and by CPU time of the process, which other load on the machine sways less: the target is judged on it)' +
      '\nkit: lib/feed/validate.js (a clean feed and its warnings), in place (the loader) and by copy; given: a parsed object read as `.feed` is (plain copies of its records taken; no parse);' +
      '\najv: allErrors over data/quartier-feed.schema.json (a schema check only)',
  );
  log(
    table(
      [
        'offers',
        'JSON',
        'runs',
        'JSON.parse',
        'kit in place',
        '/ parse: clock / CPU',
        'kit by copy',
        '/ parse: clock / CPU',
        'given: plain copy',
        '/ parse: clock / CPU',
        'ajv allErrors',
        '/ parse: clock / CPU',
        'target',
      ],
      rows,
    ),
  );
  log(
    `ajv's standalone code for the schema (the build-time route): ${(standalone.length / 1024).toFixed(0)} KiB, ` +
      `${(gzipSync(standalone).length / 1024).toFixed(1)} KiB gzip, plus its runtime helpers (docs/architecture.md, "Validation speed").`,
  );
}
