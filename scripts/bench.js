// `npm run bench`: prints figures, asserts nothing. Validation of a large
// feed against plain JSON.parse of the same text (median of several runs).
// Run `npm run build:lib` first (the benchmark uses the built data layer).
import { performance } from 'node:perf_hooks';
import { generateFeed } from './lib/generate-feed.js';

const { validateFeed } = await import('../lib/feed/validate.js').catch(() => {
  console.error('lib/ is missing: run `npm run build:lib` first.');
  process.exit(1);
});

function median(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

console.log('Feed validation (Node, median of 15 runs after 3 warm-up runs)');
console.log('offers   | JSON.parse | parse + validate | validate alone | ratio to parse | target');
for (const offers of [1_000, 10_000, 50_000]) {
  const text = JSON.stringify(generateFeed({ offers }));
  for (let i = 0; i < 3; i++) validateFeed(JSON.parse(text));
  const parse = median(() => JSON.parse(text), 15);
  const both = median(() => validateFeed(JSON.parse(text)), 15);
  const validate = both - parse;
  const target = offers === 10_000 ? (validate < 50 ? 'under 50 ms: met' : 'under 50 ms: MISSED') : '';
  console.log(
    `${String(offers).padEnd(8)} | ${parse.toFixed(1).padStart(7)} ms | ${both.toFixed(1).padStart(13)} ms | ` +
      `${validate.toFixed(1).padStart(11)} ms | ${(validate / parse).toFixed(1).padStart(13)}× | ${target}`,
  );
}
console.log(`\n(${(JSON.stringify(generateFeed({ offers: 10_000 })).length / 1024 / 1024).toFixed(1)} MiB of JSON for 10,000 offers)`);
