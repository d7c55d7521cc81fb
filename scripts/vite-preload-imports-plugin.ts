// Lazy chunks with their dependencies in one step. A dynamic `import()` of a
// chunk makes the browser fetch that chunk, read its static imports, fetch
// those, and so on: one round trip per level of the graph (on a slow line,
// 150 ms or more each). This plugin gives every `import()` in the bundle the
// list of chunks its target needs beyond what the importing chunk has
// already loaded, and starts them in the same step:
//   import("./view.js")  →  (P("./", ["a.js","b.js"]), import("./view.js"))
// where P imports each of them (the browser fetches them in parallel and
// evaluates each once; a failure is left to the real import to report).
// No <link rel=modulepreload> is written into the host page, no script is
// inlined, nothing is evaluated from a string: CSP and Trusted Types need
// nothing new. The lists are counted in the size budgets like any code.
import type { Plugin } from 'vite';

interface ChunkInfo {
  readonly fileName: string;
  readonly imports: readonly string[];
}

/** `fileName` and every chunk it imports statically, directly or not. */
function staticClosure(fileName: string, chunks: Record<string, ChunkInfo>, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const dep of chunks[fileName]?.imports ?? []) staticClosure(dep, chunks, into);
  return into;
}

/** `to` as a specifier relative to the chunk `from` (both file names in the output directory). */
function relative(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  const up = fromDir.length - common;
  return (up ? '../'.repeat(up) : './') + toParts.slice(common).join('/');
}

/** Resolves a relative specifier of chunk `from` to an output file name. */
function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

const HELPER = '__quartierPreload';

/**
 * @param targets the chunks whose imports get the list (file names): those on
 *   the way to a page's content; the extras that come later (debug list,
 *   language switch, error texts) load as before and cost the entry nothing
 */
export function preloadImports(targets: RegExp): Plugin {
  return {
    name: 'preload-imports',
    apply: 'build',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks as Record<string, ChunkInfo>;
      const loaded = staticClosure(chunk.fileName, chunks);
      let used = false;
      const out = code.replace(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g, (call: string, _quote: string, specifier: string) => {
        const target = resolve(chunk.fileName, specifier);
        if (!chunks[target] || !targets.test(target)) return call;
        const needs = [...staticClosure(target, chunks)].filter((name) => name !== target && !loaded.has(name));
        if (!needs.length) return call;
        used = true;
        // The folder once, then the names (all chunks share one folder; shorter in the entry's budget).
        const paths = needs.map((name) => relative(chunk.fileName, name));
        const folder = paths[0]!.slice(0, paths[0]!.lastIndexOf('/') + 1);
        const shared = paths.every((path) => path.startsWith(folder));
        const names = shared ? paths.map((path) => path.slice(folder.length)) : paths;
        return `(${HELPER}(${JSON.stringify(shared ? folder : '')}, ${JSON.stringify(names)}), ${call})`;
      });
      if (!used) return null;
      // At the end (a declaration is hoisted), so no line moves: the source map stays right but for the
      // columns after a rewritten call. import() resolves against this chunk's own URL, as the call beside it.
      return { code: `${out}\nfunction ${HELPER}(folder, names) { for (const name of names) import(folder + name).catch(() => {}); }\n`, map: null };
    },
  };
}
