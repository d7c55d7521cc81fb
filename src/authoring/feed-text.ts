/**
 * A feed's JSON text as partners' tools write it: two-space indent, UTF-8,
 * a final newline, keys in the order of the format's description (unknown
 * keys after them, in their own order). An opened feed is changed by minimal
 * text edits (jsonc-parser's `modify`), so saving it unchanged gives the same
 * bytes, and an edit changes only the lines it concerns.
 */
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions } from 'jsonc-parser';
import { fieldsAt, type FeedPath } from './field-path.js';
import { RECORD_SPECS } from './feed-fields.js';

const FORMATTING: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The order keys of the object at `path` should have: the description's, then the record lists at the root. */
function keyOrder(path: FeedPath): readonly string[] {
  const fields = fieldsAt(path)?.map((f) => f.key) ?? [];
  return path.length === 0 ? [...fields, ...RECORD_SPECS.map((r) => r.list)] : fields;
}

/** `value` with the keys of every object in the description's order. */
export function withFeedKeyOrder(value: unknown, path: FeedPath = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => withFeedKeyOrder(item, [...path, i]));
  if (value === null || typeof value !== 'object') return value;
  const order = keyOrder(path);
  const entries = Object.entries(value as Record<string, unknown>);
  const rank = (key: string): number => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    Object.defineProperty(out, key, { value: withFeedKeyOrder(item, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A new feed file's text. */
export function feedToText(feed: unknown): string {
  return `${JSON.stringify(withFeedKeyOrder(feed), null, 2)}\n`;
}

/**
 * `text` with the value at `path` set to `value` (removed when `undefined`),
 * by a minimal edit. A new key goes where the description puts it among the
 * keys already there; a number as the last step of `path` with `insert`
 * inserts an item into a list there. Objects and lists on the way that the
 * text lacks are made around the value (`['projects', 0, 'municipality',
 * 'name']` adds `"municipality": {"name": …}` where the description puts it).
 */
export function editFeedText(text: string, path: FeedPath, value: unknown, options: { readonly insert?: boolean } = {}): string {
  const root = parseTree(text);
  const exists = (at: FeedPath): boolean => at.length === 0 || (root !== undefined && findNodeAtLocation(root, [...at]) !== undefined);
  const target = [...path];
  let wrapped = value;
  let insert = options.insert === true;
  while (target.length > 1 && !exists(target.slice(0, -1))) {
    if (wrapped === undefined) return text;
    const step = target.pop()!;
    wrapped = typeof step === 'number' ? [wrapped] : ownObject(step, wrapped);
    insert = false;
  }
  const order = keyOrder(target.slice(0, -1));
  const key = target[target.length - 1];
  const edits = modify(text, target, wrapped === undefined ? undefined : withFeedKeyOrder(wrapped, target), {
    formattingOptions: FORMATTING,
    isArrayInsertion: insert,
    getInsertionIndex: (properties) => {
      const wanted = typeof key === 'string' ? order.indexOf(key) : -1;
      if (wanted === -1) return properties.length;
      const after = properties.findIndex((p) => {
        const i = order.indexOf(p);
        return i === -1 || i > wanted;
      });
      return after === -1 ? properties.length : after;
    },
  });
  return applyEdits(text, edits);
}

/** `{[key]: value}`, with `__proto__` as an ordinary key. */
function ownObject(key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * `text` with items `i` and `j` of the list at `path` swapped, as text: each
 * item keeps its own bytes (a record moved up or down is not rewritten).
 * Unchanged when either item is missing.
 */
export function swapListItems(text: string, path: FeedPath, i: number, j: number): string {
  const root = parseTree(text);
  const list = root && findNodeAtLocation(root, [...path]);
  const a = list?.type === 'array' ? list.children?.[Math.min(i, j)] : undefined;
  const b = list?.type === 'array' ? list.children?.[Math.max(i, j)] : undefined;
  if (!a || !b || a === b) return text;
  const slice = (node: { offset: number; length: number }): string => text.slice(node.offset, node.offset + node.length);
  return text.slice(0, a.offset) + slice(b) + text.slice(a.offset + a.length, b.offset) + slice(a) + text.slice(b.offset + b.length);
}
