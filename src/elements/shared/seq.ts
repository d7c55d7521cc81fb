/** Parts of a template one after the other, with as few comment nodes as Lit allows. */
import { html, nothing, type TemplateResult } from 'lit';

/** Whether a rendered value shows anything. */
export const present = (part: unknown): boolean => part !== nothing && part !== undefined && part !== '' && part !== false;

type Slots = (parts: readonly unknown[]) => TemplateResult;

/**
 * One template per number of parts: a template of n bindings costs n comment
 * nodes, where an array of n parts costs 2n (Lit marks the start and end of
 * each entry).
 */
const SLOTS: readonly Slots[] = [
  (p) => html`${p[0]}${p[1]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}${p[3]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}${p[3]}${p[4]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}${p[3]}${p[4]}${p[5]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}${p[3]}${p[4]}${p[5]}${p[6]}`,
  (p) => html`${p[0]}${p[1]}${p[2]}${p[3]}${p[4]}${p[5]}${p[6]}${p[7]}`,
];
const MOST = SLOTS.length + 1;

/**
 * The parts that show something, one after the other, in one template with a
 * binding for each (a single part as it is; none: `nothing`). For parts
 * whose presence follows the feed: a part that comes or goes makes it
 * another template, which Lit draws anew.
 */
export function seq(parts: readonly unknown[]): unknown {
  const shown = parts.filter(present);
  if (shown.length < 2) return shown.length ? shown[0] : nothing;
  if (shown.length <= MOST) return SLOTS[shown.length - 2]!(shown);
  const groups: unknown[] = [];
  for (let i = 0; i < shown.length; i += MOST) groups.push(seq(shown.slice(i, i + MOST)));
  return seq(groups);
}
