/** Joining the parts of a line of the card, leaving out the empty ones. */
import { nothing } from 'lit';

/** Whether a rendered value shows anything. */
export const present = (part: unknown): boolean => part !== nothing && part !== undefined && part !== '' && part !== false;

/** The parts that show something, with `sep` between them. */
export function join(parts: readonly unknown[], sep = ', '): unknown[] {
  return parts.filter(present).flatMap((part, i) => (i ? [sep, part] : [part]));
}
