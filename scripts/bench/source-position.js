// Positions in the built files (dist/) as the sources they came from, through
// the build's source maps: for the CPU profiles of the bench's tracing scripts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMap } from 'node:module';

const maps = new Map();

/** A position (0-based line and column) in a built file served from `root`, as `src/…/file.ts:line name`. */
export function sourceOf(root, url, line, column) {
  const pathname = new URL(url).pathname;
  const file = path.join(root, pathname);
  if (!maps.has(file)) {
    const mapFile = `${file}.map`;
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const entry = maps.get(file)?.findEntry(line, column);
  if (!entry?.originalSource) return `${pathname}:${line + 1}`;
  const source = entry.originalSource.replace(/^.*?(src\/|node_modules\/)/, '$1');
  return `${source}:${entry.originalLine + 1}${entry.name ? ` ${entry.name}` : ''}`;
}
