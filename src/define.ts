/**
 * Idempotent registration. A page may load the bundle twice, or two versions
 * of it (a CMS plugin and a theme): the first registration wins, every later
 * one is skipped with one console warning, and nothing throws.
 */
import { VERSION } from './version.js';

const warned = new Set<string>();

interface Versioned {
  readonly version?: string;
}

/**
 * Registers `ctor` as `tag` when the tag is free.
 * @returns `true` when this call registered the element
 */
export function define(tag: string, ctor: CustomElementConstructor & Versioned): boolean {
  try {
    const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
    if (existing) {
      if (existing !== ctor && !warned.has(tag)) {
        warned.add(tag);
        console.warn(
          `[quartier-widgets] <${tag}> is already registered (version ${existing.version ?? 'unknown'}); ` +
            `this copy (version ${ctor.version ?? VERSION}) is not registered again.`,
        );
      }
      return false;
    }
    customElements.define(tag, ctor);
    return true;
  } catch (error) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`[quartier-widgets] <${tag}> could not be registered:`, error);
    }
    return false;
  }
}
