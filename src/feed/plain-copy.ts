/**
 * A copy of a feed that a page hands over as an object (an element's
 * `.feed`), made at once and as its JSON would read: plain objects and lists,
 * own enumerable properties, values as they are. The copy is the validator's
 * own document, so it is read in place (take.ts) like a fetched feed: records
 * already in their clean form are taken as they are, the rest go to the
 * readers, with the same warnings as when the page's object is read field by
 * field. The page's objects are only read, never changed, and nothing of
 * them is kept: a later change on either side reaches the other in no way.
 *
 * Anything that is not plain data (a Date, a Map, an object of another
 * window, a cycle, a list longer than any limit, a document beyond the node
 * budget) makes `plainCopy` answer `undefined`: the caller then reads the
 * page's object with the readers, as before. So its work is bounded for any
 * object, and odd objects are read exactly as they were.
 */
import { LIMITS } from './limits.js';

/** Nesting deeper than any feed field has (a quarter's polygon is the deepest, about 8). */
const MAX_DEPTH = 64;
/** The longest list any limit reads. */
const MAX_LIST = Math.max(...Object.values(LIMITS.records));
/** Values copied at most: about twice what a feed at every record limit holds. */
const MAX_VALUES = 4_000_000;

const hasOwn = Object.prototype.hasOwnProperty;

class NotPlain extends Error {}

/** The plain copy of `json`, or `undefined` when it is not plain data within the bounds (or reading it throws). */
export function plainCopy(json: unknown): Record<string, unknown> | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const budget = { values: MAX_VALUES };
  try {
    return copy(json, 0, budget) as Record<string, unknown>;
  } catch {
    // Not plain data, or a getter or proxy of the page threw: the readers read the page's object.
    return undefined;
  }
}

function copy(value: unknown, depth: number, budget: { values: number }): unknown {
  if (--budget.values < 0) throw new NotPlain();
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new NotPlain();
  if (Array.isArray(value)) {
    const n = value.length;
    if (n > MAX_LIST) throw new NotPlain();
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(copy(value[i], depth + 1, budget));
    return out;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw new NotPlain();
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in source) {
    if (!hasOwn.call(source, key)) continue;
    const v = copy(source[key], depth + 1, budget);
    // An own `__proto__` stays an own property (as JSON.parse makes it), for the readers to warn about.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}
