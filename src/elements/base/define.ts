/**
 * Idempotent registration. A page may load the bundle twice, or two versions
 * of it (a CMS plugin and a theme): the first registration wins, and a later
 * copy skips every tag that is taken with one console warning for all of them
 * (not one per element), and nothing throws.
 */
import { VERSION } from '../../version.js';

const warned = new Set<string>();

interface Versioned {
  readonly version?: string;
}

/**
 * Tags this copy found taken and has not warned about yet ("<tag> (version …)"). The element modules of
 * one copy run in one go: a microtask after the first skipped tag, every tag has been registered or skipped.
 */
let skipped: string[] = [];

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
        if (!skipped.length) {
          queueMicrotask(() => {
            console.warn(
              `[quartier-widgets] ${skipped.join(', ')} already registered; this copy (version ${ctor.version ?? VERSION}) is not registered again.`,
            );
            skipped = [];
          });
        }
        skipped.push(`<${tag}> (version ${existing.version ?? 'unknown'})`);
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
