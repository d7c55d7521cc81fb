// `npm test`: Debian's Chromium (installed when missing), the builds the tests
// read — lib/, dist/'s bundle and pages, custom-elements.json — each only when
// its sources changed after it was last built (file times; `npm test --
// --rebuild` builds them all), then every browser test (wtr) and every Node
// test; last, how long each part took. Stops at the first part that fails.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { whyStale } from './lib/up-to-date.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rebuild = process.argv.includes('--rebuild');

/** What every build reads besides its own sources: the package, the installed packages, the compiler settings, Leaflet's copy. */
const SHARED = ['package.json', 'node_modules/.package-lock.json', 'tsconfig.json', 'scripts/generate-leaflet.js'];
const VITE = ['scripts/vite-minify-css-plugin.ts', 'scripts/vite-html-whitespace-plugin.ts', 'scripts/lib/trim-html-templates.js'];

/** The builds `npm run build` makes, in its order; `outputs` are files each writes anew every time. */
const BUILDS = [
  { name: 'lib/', script: 'build:lib', inputs: ['src', 'tsconfig.build.json', ...SHARED], outputs: () => ['lib/index.js'] },
  { name: 'dist/ bundle', script: 'build:bundle', inputs: ['src', 'vite.config.ts', ...VITE, ...SHARED], outputs: () => ['dist/quartier-widgets.js'] },
  {
    name: 'dist/ pages',
    script: 'build:pages',
    inputs: ['pages', 'src', 'vite.pages.config.ts', ...VITE, ...SHARED],
    // Every page of pages/, and the host script (the bundle's build empties dist/ first).
    outputs: () => [
      ...readdirSync(path.join(root, 'pages'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `dist/${f}`),
      'dist/quartier-embed-host.js',
    ],
  },
  {
    name: 'custom-elements.json',
    script: 'analyze',
    inputs: ['src', 'custom-elements-manifest.config.js', 'scripts/lib', ...SHARED],
    outputs: () => ['custom-elements.json'],
  },
];

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with the terminal's output; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** @type {{part: string, seconds?: number, note: string}[]} */
const parts = [];
const started = performance.now();

/** Runs one part of the test, timed; on failure prints the summary and exits with its code. */
async function timed(part, note, command, args) {
  console.log(`\n── ${part}${note ? ` (${note})` : ''}`);
  const start = performance.now();
  const code = await run(command, args);
  parts.push({ part, seconds: (performance.now() - start) / 1000, note: code === 0 ? note : `FAILED (exit ${code})` });
  if (code !== 0) finish(code);
}

function finish(code) {
  const width = Math.max(...parts.map((p) => p.part.length), 'total'.length);
  const time = (s) => (s === undefined ? 'skipped' : `${s.toFixed(1)} s`).padStart(9);
  console.log('\nnpm test, time per part:');
  for (const p of parts) console.log(`  ${p.part.padEnd(width)} ${time(p.seconds)}  ${p.note}`);
  console.log(`  ${'total'.padEnd(width)} ${time((performance.now() - started) / 1000)}`);
  process.exit(code);
}

await timed('Chromium', 'installed when missing', process.execPath, ['scripts/ensure-chromium.js']);
for (const build of BUILDS) {
  const why = rebuild ? '--rebuild' : whyStale({ inputs: build.inputs, outputs: build.outputs() }, root);
  if (why) await timed(`build ${build.name}`, why, npm, ['run', '--silent', build.script]);
  else parts.push({ part: `build ${build.name}`, note: 'up to date' });
}
await timed('browser tests', 'wtr', bin('wtr'), []);
await timed('Node tests', 'node --test test/node/', process.execPath, ['--test', 'test/node/']);
finish(0);
