/** Joining the parts of a line of the card, leaving out the empty ones. */
import { present, seq } from '../shared/seq.js';

/**
 * The parts that show something, with `sep` between them; strings next to
 * each other become one string (one text node when rendered, not one per
 * part and separator), and parts that are all strings become one string.
 * Nothing to show: `''`.
 */
export function join(parts: readonly unknown[], sep = ', '): unknown {
  const out: unknown[] = [];
  const add = (part: unknown): void => {
    const last = out.length - 1;
    if (typeof part === 'string' && typeof out[last] === 'string') out[last] += part;
    else out.push(part);
  };
  for (const part of parts) {
    if (!present(part)) continue;
    if (out.length && sep) add(sep);
    add(part);
  }
  return out.length > 1 ? seq(out) : (out[0] ?? '');
}
