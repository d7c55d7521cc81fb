// Self and total time per function of a CDP CPU profile, by source position
// (through the build's source maps): for the bench's tracing scripts.
import { sourceOf } from './source-position.js';

/**
 * Self and total time (ms) per function of `profile` (positions of files served from `root`), counting only samples
 * with a timestamp in [from, to] (µs, trace clock), and the self times within each of `tasks` ([start, end] in µs)
 * apart. A function on the stack twice counts once towards its total.
 */
export function functionTimes(root, profile, { from = -Infinity, to = Infinity, tasks = [] } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const keys = new Map();
  const keyOf = (id) => {
    if (!keys.has(id)) {
      const f = byId.get(id).callFrame;
      keys.set(id, f.url ? sourceOf(root, f.url, f.lineNumber, f.columnNumber) : `(${f.functionName || 'native'})`);
    }
    return keys.get(id);
  };
  const self = new Map();
  const total = new Map();
  const perTask = tasks.map(() => new Map());
  const add = (map, key, dt) => map.set(key, (map.get(key) ?? 0) + dt);
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (t < from || t > to) return;
    const key = keyOf(id);
    add(self, key, dt);
    const task = tasks.findIndex(([start, end]) => t >= start && t <= end);
    if (task >= 0) add(perTask[task], key, dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(at);
      if (!seen.has(k)) add(total, k, dt);
      seen.add(k);
    }
  });
  return { self, total, perTask };
}
