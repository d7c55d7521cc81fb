/**
 * A heading at a level the page chooses (`heading-level`). Real `<h1>`–`<h6>`
 * tags, one fixed template each: no static-html module, no tag names built from
 * strings. The heading's look comes from its class, never from its level.
 */
import { html, type TemplateResult } from 'lit';

type Heading = (content: unknown, part: string) => TemplateResult;

const HEADINGS: readonly Heading[] = [
  (c, p) => html`<h1 part=${p} class=${p}>${c}</h1>`,
  (c, p) => html`<h2 part=${p} class=${p}>${c}</h2>`,
  (c, p) => html`<h3 part=${p} class=${p}>${c}</h3>`,
  (c, p) => html`<h4 part=${p} class=${p}>${c}</h4>`,
  (c, p) => html`<h5 part=${p} class=${p}>${c}</h5>`,
  (c, p) => html`<h6 part=${p} class=${p}>${c}</h6>`,
];

/** The same for a plain string, as the heading's text (no comment node for a child binding). */
const TEXT_HEADINGS: readonly Heading[] = [
  (c, p) => html`<h1 part=${p} class=${p} .textContent=${c}></h1>`,
  (c, p) => html`<h2 part=${p} class=${p} .textContent=${c}></h2>`,
  (c, p) => html`<h3 part=${p} class=${p} .textContent=${c}></h3>`,
  (c, p) => html`<h4 part=${p} class=${p} .textContent=${c}></h4>`,
  (c, p) => html`<h5 part=${p} class=${p} .textContent=${c}></h5>`,
  (c, p) => html`<h6 part=${p} class=${p} .textContent=${c}></h6>`,
];

/** `<h{level}>` (clamped to 1–6) with `part` and `class` set to `part`. */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  return (typeof content === 'string' ? TEXT_HEADINGS : HEADINGS)[Math.min(6, Math.max(1, level | 0 || 1)) - 1]!(content, part);
}
