/**
 * Copies of the records of a feed that a page hands over as an object (an
 * element's `.feed`), each as its JSON would read: plain objects and lists,
 * own enumerable properties, values as they are. A copy is the validator's
 * own, so it is taken in place (take.ts) when it passes the fast check; a
 * record that does not pass is read from the page's object by the readers,
 * with the same warnings as ever (validate.ts, `copyRecords`). The page's
 * objects are only read, never changed, and nothing of them is kept: a
 * later change on either side reaches the other in no way.
 *
 * Anything that is not plain data (a Date, a Map, an object of another
 * window, a cycle, a list longer than any limit, more values than the
 * budget of one feed) makes the copier answer `undefined`, and the readers
 * read the page's object. So its work is bounded for any object, and odd
 * objects are read exactly as they were.
 */
import { LIMITS } from './limits.js';

/** Nesting deeper than any feed field has (a quarter's polygon is the deepest, about 8). */
const MAX_DEPTH = 64;
/** The longest list any limit reads. */
const MAX_LIST = Math.max(...Object.values(LIMITS.records));
/** Values copied at most for one feed: about twice what a feed at every record limit holds. */
const MAX_VALUES = 4_000_000;

const hasOwn = Object.prototype.hasOwnProperty;

class NotPlain extends Error {}

/**
 * A copier for one feed: the plain copy of an object, or `undefined` when it is not plain data within the bounds (or
 * reading it throws). Its copies share one budget of values.
 */
export function plainCopier(): (value: unknown) => Record<string, unknown> | undefined {
  const budget = { values: MAX_VALUES };
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || budget.values <= 0) return undefined;
    try {
      return copy(value, 0, budget) as Record<string, unknown>;
    } catch {
      // Not plain data, or a getter or proxy of the page threw: the readers read the page's object.
      return undefined;
    }
  };
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
