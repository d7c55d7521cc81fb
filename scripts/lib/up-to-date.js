// Whether a build step's outputs are newer than its inputs (file times, as
// make compares them), so that `npm test` can skip a step nothing changed for.
// A clean clone has no outputs: every step runs there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The newest of the files at `paths` (a folder: every file below it): its path and modification time (ms). */
export function newest(paths) {
  let found = { file: '', time: 0 };
  const visit = (file) => {
    if (!existsSync(file)) return;
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else if (stat.mtimeMs > found.time) found = { file, time: stat.mtimeMs };
  };
  paths.forEach(visit);
  return found;
}

/**
 * Why a step must run, or `undefined` when its outputs are up to date: an
 * output is missing, or an input (a file, or any file in a folder) changed
 * after the oldest output was written. Outputs are files the step writes anew
 * each time it runs.
 * @param {{inputs: string[], outputs: string[]}} step paths relative to `root`
 * @param {string} root
 * @returns {string | undefined}
 */
export function whyStale({ inputs, outputs }, root) {
  const missing = outputs.find((file) => !existsSync(path.join(root, file)));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((file) => statSync(path.join(root, file)).mtimeMs));
  const changed = newest(inputs.map((file) => path.join(root, file)));
  return changed.time > built ? `${path.relative(root, changed.file)} changed` : undefined;
}
