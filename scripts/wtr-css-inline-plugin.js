// Serves `*.css?inline` imports as a module whose default export is the CSS
// text, as Vite does, so the test runner can load the same sources.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export function cssInlinePlugin() {
  return {
    name: 'css-inline',
    async serve(context) {
      if (!context.path.endsWith('.css') || !context.URL.searchParams.has('inline')) return undefined;
      const rel = decodeURIComponent(context.path).replace(/^\//, '');
      const file = rel.startsWith('__wds-outside-root__/') ? require.resolve(rel.split('/node_modules/').pop()) : path.join(root, rel);
      const css = await readFile(file, 'utf8');
      return { body: `export default ${JSON.stringify(css)};`, type: 'js' };
    },
  };
}
