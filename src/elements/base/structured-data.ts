/**
 * `structured-data`: the element writes schema.org JSON-LD for what it shows
 * (src/feed/schema-org.ts) into the page's light DOM, as a
 * `<script type="application/ld+json">` child of the element, where search
 * engines read it. A data block, never executed; `<` is escaped so the JSON
 * cannot end the script when a page is saved as HTML. Where Trusted Types
 * forbid script text, the element skips it and warns once: known in advance
 * from a CSP `<meta>`; a policy sent as an HTTP header shows itself by one
 * violation on the first block, which is then removed, and none is written
 * after it.
 */
import { resolveProject } from '../../feed/query.js';
import { schemaOrgGraph } from '../../feed/schema-org.js';
import type { Feed } from '../../feed/types.js';

const MARK = 'data-quartier-structured-data';
let forbidden = false;

function skip(error?: unknown): void {
  if (forbidden) return;
  forbidden = true;
  console.warn('[quartier-widgets] structured-data: the page’s Trusted Types policy forbids script text; no JSON-LD is written.', error ?? '');
}

/** A CSP `<meta>` that enforces Trusted Types for scripts. */
function trustedTypesRequired(): boolean {
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (/^content-security-policy$/i.test(meta.getAttribute('http-equiv') ?? '') && /require-trusted-types-for/i.test(meta.getAttribute('content') ?? '')) return true;
  }
  return false;
}

// A policy from an HTTP header cannot be read; its first violation on our block tells.
document.addEventListener('securitypolicyviolation', (event) => {
  if (event.violatedDirective !== 'require-trusted-types-for' || !event.sample.includes('https://schema.org')) return;
  for (const script of document.querySelectorAll(`script[${MARK}]`)) script.remove();
  skip();
});

/** Writes (or replaces) the element's JSON-LD for `feed`, narrowed to `project` when the element shows one. */
export function writeStructuredData(host: HTMLElement, feed: Feed, project: string | undefined, lang: string): void {
  if (!forbidden && trustedTypesRequired()) skip();
  if (forbidden) return;
  const json = JSON.stringify(schemaOrgGraph(feed, resolveProject(feed, project), lang)).replace(/</g, '\\u003c');
  try {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    script.append(document.createTextNode(json));
    const old = host.querySelector(`:scope > script[${MARK}]`);
    if (old) old.replaceWith(script);
    else host.append(script);
  } catch (error) {
    skip(error);
  }
}
