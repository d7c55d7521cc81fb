// ESLint 9 flat config: TypeScript (with the type-aware promise rules), Lit and
// web-component rules, and the layer rules of docs/architecture.md.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import layers from './scripts/eslint-layers.js';

/** The element folders (one per widget), besides base/ (the base class) and shared/ (what their views share). */
const ELEMENTS = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['base', 'shared'].includes(d.name))
  .map((d) => d.name);

const LIT = ['lit', '@lit/task', '@lit/reactive-element', '@lit-labs/virtualizer'];
const MAP_PACKAGES = ['leaflet', 'kdbush', 'supercluster', 'leaflet.markercluster'];

/**
 * The internal seam of the kit's own pages (pages/, demo/): what they may
 * import from the widgets' folders (src/elements/, src/map/, src/markup/,
 * src/styles/) besides the public entries. The layers beneath the widgets
 * (src/feed/, src/checker/, src/authoring/, src/i18n/) have no DOM and are the
 * pages' own tools; they are open to them.
 */
export const PAGE_SEAM = [
  // The public entries (package.json "exports").
  'src/index.ts',
  'src/quartier-widgets.ts',
  /^src\/elements\/[\w-]+\/define\.ts$/,
  // The widgets' vocabulary: their specs and the theme's tokens (data only).
  'src/elements/widgets.ts',
  'src/elements/base/widget-spec.ts',
  /^src\/elements\/[\w-]+\/[\w-]+\.spec\.ts$/,
  'src/styles/tokens.ts',
  // The map seam, and the tile servers a map may use.
  'src/map/load-map.ts',
  'src/elements/shared/tile-server.ts',
  // The views the editor's preview fetches ahead, and what the pages show as the widgets do.
  /^src\/elements\/[\w-]+\/[\w-]+\.view\.ts$/,
  'src/elements/shared/offer-times.ts',
  'src/elements/shared/render-text.ts',
  'src/elements/shared/language-switch.ts',
  'src/elements/base/lang-observer.ts',
];

/** Who may import what (scripts/eslint-layers.js); test/node/layers.test.js proves each rule fails a bad import. */
export const LAYERS = [
  {
    name: 'src/feed (the bottom layer)',
    files: 'src/feed/',
    allowOnly: { under: 'src/', targets: ['src/feed/'] },
    forbidPackages: [...LIT, ...MAP_PACKAGES],
    why: 'The data layer knows no other layer, no Lit and no map.',
  },
  ...ELEMENTS.map((tag) => ({
    name: `src/elements/${tag}`,
    files: `src/elements/${tag}/`,
    except: `src/elements/${tag}/define.ts`,
    forbid: ELEMENTS.filter((other) => other !== tag).map((other) => `src/elements/${other}/`),
    why: 'An element shares code with others only through elements/base/ or elements/shared/.',
  })),
  ...ELEMENTS.map((tag) => ({
    name: `src/elements/${tag}/define.ts`,
    files: `src/elements/${tag}/define.ts`,
    allowOnly: {
      under: 'src/elements/',
      targets: ['src/elements/base/', 'src/elements/shared/', `src/elements/${tag}/`, ...ELEMENTS.map((other) => `src/elements/${other}/define.ts`)],
    },
    why: "An element's registration may register an element it shows (that element's define module), nothing else of it.",
  })),
  {
    name: 'src/elements/base and shared',
    files: ['src/elements/base/', 'src/elements/shared/'],
    forbid: ELEMENTS.map((tag) => `src/elements/${tag}/`),
    why: 'What every element shares knows no single element.',
  },
  {
    name: 'outside src/map',
    files: ['src/', 'pages/', 'demo/'],
    except: 'src/map/',
    forbid: ['src/map/leaflet.js', 'src/map/leaflet-css.ts', 'src/map/create-map.ts', 'src/map/cluster-layer.ts', 'src/map/map-styles.ts'],
    forbidPackages: MAP_PACKAGES,
    why: 'Only src/map/ uses Leaflet and its clustering (kdbush); everyone else reaches the map through src/map/load-map.ts.',
  },
  {
    name: 'the widgets',
    files: ['src/elements/', 'src/markup/', 'src/map/', 'src/styles/'],
    forbid: ['src/checker/', 'src/authoring/', 'src/cli/', 'src/harvest/', 'src/interop/'],
    why: "The checker, the format's description, the command line, the harvester and the HSDS/DCAT conversions are tools; no widget loads them.",
  },
  {
    name: 'src/harvest and src/interop',
    files: ['src/harvest/', 'src/interop/'],
    forbid: ['src/elements/', 'src/markup/', 'src/map/', 'src/styles/'],
    why: 'The portal tools run in Node on the feed, its checks and texts; they know no widget.',
  },
  {
    name: 'src/map',
    files: 'src/map/',
    forbid: ['src/elements/', 'src/markup/', 'src/i18n/'],
    why: 'The map knows the feed and what it is handed, nothing of the element.',
  },
  {
    name: 'src/i18n',
    files: 'src/i18n/',
    forbid: ['src/elements/', 'src/map/', 'src/markup/'],
    why: 'Texts and formatting know no element.',
  },
  {
    name: 'pages and demo',
    files: ['pages/', 'demo/'],
    allowOnly: { under: 'src/', targets: [...PAGE_SEAM, 'src/feed/', 'src/checker/', 'src/authoring/', 'src/i18n/'] },
    why: 'Pages use the kit through its public entries or the seam named in eslint.config.js (PAGE_SEAM).',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'coverage/', 'src/map/leaflet.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'pages/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'pages/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'pages/**/*.ts'],
    rules: {
      'lit/no-template-arrow': 'off',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/attribute-names': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: feed text never becomes HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'No outerHTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML strings.' },
        { selector: 'ImportDeclaration[source.value=/unsafe-html|unsafe-svg|style-map/]', message: 'No unsafeHTML/unsafeSVG/styleMap (CSP and feed safety).' },
      ],
    },
  },
  {
    files: ['scripts/**/*.js', 'bin/**/*.js', 'test/node/**/*.js', '*.config.js', 'vite.config.ts'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
  {
    files: ['src/**/*.ts', 'pages/**/*.ts', 'demo/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/imports': ['error', LAYERS] },
  },
  {
    // Type-aware: a promise nobody awaits or catches, or one passed where a void callback belongs.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai assertions such as `expect(x).to.be.undefined` are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a promise (for `.dom.to.equal`);
      // chai's own `equal` is synchronous. Every other promise in a test is awaited or caught.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: 'chai' }] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
