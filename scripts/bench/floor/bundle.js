// One floor page's code as one minified ES module (esbuild, as a webmaster's
// build would make it): `floor-card.ts` for one card, `floor-list.ts` for the
// card and the partner list.
import path from 'node:path';
import { build } from 'esbuild';

/** Bundles `scripts/bench/floor/<file>` and returns its code. */
export async function floorBundle(root, file) {
  const out = await build({
    entryPoints: [path.join(root, 'scripts/bench/floor', file)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
