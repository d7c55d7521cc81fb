/**
 * Line and column of a place in a feed's text, for the feed checker (the
 * command line and the checker page; no DOM, no Node): a JSON
 * path as the validator reports it (`['offers', 3, 'url']`), or the first
 * syntax error. Lines and columns count from 1, columns in UTF-16 code units
 * as editors do. Uses `jsonc-parser`, which keeps offsets.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface PathPosition extends Position {
  /** `false` when the exact node is missing and a parent is named instead. */
  readonly exact: boolean;
}

export interface SyntaxErrorPosition extends Position {
  /** jsonc-parser's name for the error, e.g. `ValueExpected`. */
  readonly error: string;
}

export interface Locator {
  /** The node at `path`, else its nearest existing parent (the record of a missing field). */
  at(path: ReadonlyArray<string | number>): PathPosition | undefined;
  /** The first JSON syntax error, if there is one. */
  syntaxError(): SyntaxErrorPosition | undefined;
}

/** Offsets at which lines start; `\r\n`, `\r` and `\n` each end a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0a || c === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/**
 * Deeper than this, a JSON text is not handed to jsonc-parser, which
 * recurses once per level (a 5,000-deep array overflows the stack). The
 * format itself nests 8 levels deep at most.
 */
export const MAX_DEPTH = 100;

/** How deep arrays and objects nest in a JSON text (brackets in strings do not count); stops counting past `stop`. */
export function jsonDepth(text: string, stop = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max && (max = depth) > stop) return max;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** A locator; for a text nested deeper than `MAX_DEPTH` it knows no place (and never overflows the stack). */
export function createLocator(text: string): Locator {
  if (jsonDepth(text, MAX_DEPTH) > MAX_DEPTH) return { at: () => undefined, syntaxError: () => undefined };
  const starts = lineStarts(text);
  const position = (offset: number): Position => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
  let root: Node | undefined | null = null;

  return {
    at(path) {
      if (root === null) root = parseTree(text);
      if (!root) return undefined;
      for (let n = path.length; n >= 0; n--) {
        const node = n === 0 ? root : findNodeAtLocation(root, path.slice(0, n));
        if (!node) continue;
        // A property's value: point at its key, where the editor's eye starts.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return { ...position(target.offset), exact: n === path.length };
      }
      return undefined;
    },
    syntaxError() {
      const errors: ParseError[] = [];
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const first = errors[0];
      return first && { ...position(first.offset), error: printParseErrorCode(first.error) };
    },
  };
}
