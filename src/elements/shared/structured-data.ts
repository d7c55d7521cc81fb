/**
 * `structured-data`: the element writes schema.org JSON-LD for what it shows
 * (src/feed/schema-org.ts) into the page's light DOM, as a
 * `<script type="application/ld+json">` child of the element, where search
 * engines read it. A data block, never executed; `<` is escaped so the JSON
 * cannot end the script when a page is saved as HTML. Where Trusted Types
 * forbid script text, the element skips it and warns once: known in advance
 * from a CSP `<meta>`; a policy sent as an HTTP header cannot be read, so the
 * first element asks once: it parses an empty string with `DOMParser`, a
 * sink that throws at once under such a policy (script text is only checked
 * later, when the block is inserted, once per block). So: at most one
 * violation on the page, however many elements write JSON-LD.
 */
import { resolveProject } from '../../feed/query.js';
import { schemaOrgGraph } from '../../feed/schema-org.js';
import type { Feed } from '../../feed/types.js';

const MARK = 'data-quartier-structured-data';
/** Whether the page lets us write script text: unknown until the first element asks. */
let allowed: boolean | undefined;

/** A CSP `<meta>` that enforces Trusted Types for scripts. */
function trustedTypesRequired(): boolean {
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (/^content-security-policy$/i.test(meta.getAttribute('http-equiv') ?? '') && /require-trusted-types-for/i.test(meta.getAttribute('content') ?? ''))
      return true;
  }
  return false;
}

/** Asked once per page: a `<meta>` policy is read; a header policy shows itself by one throw (and one violation report) of the probe. */
function scriptTextAllowed(): boolean {
  if (allowed === undefined) {
    let error: unknown;
    if (trustedTypesRequired()) allowed = false;
    else {
      try {
        // An empty, constant string: nothing is parsed, and no feed text comes near it.
        new DOMParser().parseFromString('', 'text/html');
        allowed = true;
      } catch (e) {
        allowed = false;
        error = e;
      }
    }
    if (!allowed) console.warn('[quartier-widgets] structured-data: the page’s Trusted Types policy forbids script text; no JSON-LD is written.', error ?? '');
  }
  return allowed;
}

/** Writes (or replaces) the element's JSON-LD for `feed`, narrowed to `project` when the element shows one. */
export function writeStructuredData(host: HTMLElement, feed: Feed, project: string | undefined, lang: string): void {
  if (!scriptTextAllowed()) return;
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
    // Nothing is thrown into the page.
    console.warn('[quartier-widgets] structured-data: no JSON-LD written.', error);
  }
}
