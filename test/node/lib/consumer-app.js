// A throw-away app that uses the npm package as a developer would
// (test/node/pack.test.js): Vite and TypeScript at the kit's own versions,
// a strict tsconfig that also checks the libraries' .d.ts files
// (skipLibCheck false), the three elements on its page with a sample feed,
// and a script that uses the typed API (element classes, events, the data
// layer, the bundle's setMapConsent).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './host-page.js';

export const SAMPLE_FEED = 'data/seesen-lena.json';
export const PROJECT = 'lena-seesen';

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    skipLibCheck: false,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    noEmit: true,
    types: ['vite/client'],
  },
  include: ['src'],
};

const INDEX_HTML = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="utf-8" />
    <title>Quartier Widgets aus dem npm-Paket</title>
    <script type="module" src="/src/main.ts"></script>
  </head>
  <body>
    <quartier-card id="card" data-expect="loaded" src="./feed.json" project="${PROJECT}"></quartier-card>
    <partner-list id="partners" data-expect="loaded" src="./feed.json" project="${PROJECT}"></partner-list>
    <offer-map id="map" data-expect="loaded" src="./feed.json" project="${PROJECT}"></offer-map>
  </body>
</html>
`;

const MAIN_TS = `import 'quartier-widgets/quartier-card.js';
import 'quartier-widgets/partner-list.js';
import 'quartier-widgets/offer-map.js';
import { VERSION, QuartierCard, type QuartierLoadDetail, type QuartierErrorDetail } from 'quartier-widgets';
import { validateFeed, type Feed } from 'quartier-widgets/feed';
import type { setMapConsent } from 'quartier-widgets/quartier-widgets.js';

/** The bundle's consent call, as a site's consent-manager script would type it. */
export type GrantMaps = typeof setMapConsent;

/** What the page saw, for the test. */
interface Seen {
  version: string;
  /** The registered <quartier-card> is the class the package's entry exports (one copy of the kit in the app). */
  oneCardClass: boolean;
  consent: 'ask' | 'granted' | undefined;
  /** Projects in the feed each element loaded, by id. */
  loads: Record<string, number>;
  errors: string[];
  validated?: { projects: number; warnings: number };
}
const seen: Seen = {
  version: VERSION,
  oneCardClass: customElements.get('quartier-card') === QuartierCard,
  consent: document.querySelector('offer-map')?.consent,
  loads: {},
  errors: [],
};
(window as unknown as { seen: Seen }).seen = seen;

for (const el of document.querySelectorAll<HTMLElement>('quartier-card, partner-list, offer-map')) {
  el.addEventListener('quartier-load', (event) => {
    const detail: QuartierLoadDetail = event.detail;
    const feed: Feed = detail.feed;
    seen.loads[el.id] = feed.projects.length;
  });
  el.addEventListener('quartier-error', (event) => {
    const detail: QuartierErrorDetail = event.detail;
    seen.errors.push(\`\${el.id}: \${detail.error.message}\`);
  });
}

const response = await fetch('./feed.json');
const result = validateFeed(await response.json());
seen.validated = { projects: result.feed.projects.length, warnings: result.warnings.length };
`;

/** Writes the app into `dir`, with the packed kit as its dependency. */
export function writeConsumerApp(dir, tarball) {
  const kit = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const pkg = {
    name: 'quartier-consumer-app',
    private: true,
    type: 'module',
    dependencies: { 'quartier-widgets': `file:${tarball}` },
    devDependencies: { typescript: kit.devDependencies.typescript, vite: kit.devDependencies.vite },
  };
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dir, 'src/main.ts'), MAIN_TS);
  copyFileSync(path.join(ROOT, SAMPLE_FEED), path.join(dir, 'public/feed.json'));
}
