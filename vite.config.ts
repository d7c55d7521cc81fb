// Two jobs: `npm start` serves the demo (demo/ and the sample feeds in data/),
// and `npm run build:bundle` makes the script-tag bundle dist/quartier-widgets.js,
// one minified ES module whose map code and non-German string tables are
// chunks fetched on demand. The npm form (lib/) is built by tsc.
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/vite-minify-css-plugin.ts';
import { guardLitPolicy } from './scripts/vite-lit-policy-plugin.ts';
import { preloadImports } from './scripts/vite-preload-imports-plugin.ts';
import { trimHtmlWhitespace } from './scripts/vite-html-whitespace-plugin.ts';

/** `/` opens the demo. */
function demoIndex(): Plugin {
  return {
    name: 'demo-index',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: '.',
  publicDir: false,
  plugins: [
    demoIndex(),
    minifyCssTemplates(),
    // No formatting whitespace in the card's and the partner list's templates (each would be a text node).
    trimHtmlWhitespace(),
    guardLitPolicy(),
    // The views and the tables' loaders with the chunks they import, each in one step.
    preloadImports(/\.view-|^chunks\/table-loaders-/),
  ],
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    reportCompressedSize: false,
    lib: {
      entry: { 'quartier-widgets': 'src/quartier-widgets.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        // Library mode only mangles names; force whitespace removal as well.
        minify: true,
        // No bundler reads this output again: no comments in it (its /* @__PURE__ */ marks cost bytes in every chunk).
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What the entry shares with the views (texts, formatting, errors, events) in one
        // chunk rather than a handful of tiny ones: each chunk costs gzip overhead.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /src[\\/](i18n[\\/](format|resolve-lang|translate|load-messages|de|de[\\/]common)|elements[\\/]base[\\/](events|widget-error|lang-observer)|feed[\\/](errors|feed-request|time-zone)|elements[\\/]shared[\\/]map-consent)\.ts$|node_modules[\\/](lit[\\/]index|lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/](reactive-element|css-tag))\.js$/,
            },
            {
              // The feed code (fetching with retries, the validator, merging, queries, the schedule engine), the
              // widgets' specs (value sets, debug notes, the data-quartier upgrade) and the helpers every view
              // uses (texts, links, headings), in one chunk fetched together with a view: a view then needs no
              // further round trip for its imports, and a page few requests (docs/architecture.md, "Chunks").
              name: 'feed',
              test: /src[\\/](feed[\\/](fetch-feed|retry|limits|read|records|validate|checks|calendar-days|text|query|holidays|schedule|lifecycle|types)|elements[\\/](widgets|[\w-]+[\\/][\w-]+\.spec|base[\\/]widget-spec)|i18n[\\/](intl-format|schedule-clock|schedule-words|de[\\/]labels)|styles[\\/]content|elements[\\/]shared[\\/](render-text|links|heading|text-notes|more|host-info|address-line|child-list|seq))\.ts$/,
            },
            {
              // What the views that show places and offers share (card, map, agenda): times in words, a place's
              // details, calendar files. A partner list does not fetch it.
              name: 'places',
              test: /src[\\/](i18n[\\/]de[\\/](lifecycle|offer|schedule|map)|elements[\\/]shared[\\/](offer-times|deep-link|lifecycle-words|today-timer|place-details|calendar-download|calendar-button)|feed[\\/]ical)\.ts$/,
            },
          ],
        },
      },
    },
  },
});
