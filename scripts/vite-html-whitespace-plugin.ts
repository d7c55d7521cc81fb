// Build step: the formatting whitespace of Lit's html`…` templates removed
// where it cannot render (scripts/lib/trim-html-templates.js says which), so
// that no rendered copy of a template carries whitespace-only text nodes.
import type { Plugin } from 'vite';
import { trimHtmlTemplates } from './lib/trim-html-templates.js';

/**
 * The modules trimmed: the card's and the partner list's (and the shell and
 * shared parts they draw with); the map's are left as they are.
 */
export const TRIMMED_MODULES = /[\\/]src[\\/]elements[\\/](quartier-card|partner-list|base|shared[\\/](?!map-))[^?]*\.ts$/;

/** The build step: trims the templates of the modules whose path matches `include`. */
export function trimHtmlWhitespace(include: RegExp = TRIMMED_MODULES): Plugin {
  return {
    name: 'trim-html-whitespace',
    apply: 'build',
    transform(code: string, id: string) {
      if (!include.test(id) || !code.includes('html`')) return null;
      const out = trimHtmlTemplates(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
