// The standalone pages shipped in dist/ next to the bundle: embed.html (one
// widget alone, for CMSs that allow only iframes), configurator.html (an
// editor builds a snippet), check.html (a partner checks a feed),
// editor.html (a partner writes a feed) and review.html (a native
// speaker reviews a language). Each is an ordinary multi-page
// Vite build from pages/; their scripts import the
// kit from src/ and land in dist/pages-assets/. A partner's page never loads
// them, so they do not count against the script-tag entry's budget.
// `npm run build:pages` (part of `npm run build`) runs it after the bundle.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCssTemplates } from './scripts/vite-minify-css-plugin.ts';
import { trimHtmlWhitespace } from './scripts/vite-html-whitespace-plugin.ts';

export default defineConfig({
  root: 'pages',
  base: './',
  publicDir: false,
  plugins: [minifyCssTemplates(), trimHtmlWhitespace()],
  build: {
    outDir: '../dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    assetsDir: 'pages-assets',
    rolldownOptions: {
      input: {
        ...Object.fromEntries(
          ['embed', 'configurator', 'check', 'editor', 'review'].map((page) => [page, fileURLToPath(new URL(`./pages/${page}.html`, import.meta.url))]),
        ),
        // The iframe host script: a webmaster's one line names it, so its name has no hash.
        'quartier-embed-host': fileURLToPath(new URL('./pages/embed-host.ts', import.meta.url)),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'quartier-embed-host' ? '[name].js' : 'pages-assets/[name]-[hash].js'),
      },
    },
  },
});
