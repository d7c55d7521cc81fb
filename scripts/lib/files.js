// The files of a folder, for the tools and the Node tests.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function filesUnder(dir) {
  const walk = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(folder, d.name);
      return d.isDirectory() ? walk(full) : [path.relative(dir, full).split(path.sep).join('/')];
    });
  return walk(dir).sort();
}
