/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else German.
 */

export const DEFAULT_LANG = 'de';

/** Languages written right to left (primary subtags). */
const RTL = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'ckb', 'he', 'yi', 'dv', 'sd', 'ug', 'ku-arab']);

export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return DEFAULT_LANG;
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? DEFAULT_LANG;
}

export function directionOf(tag: string): 'rtl' | 'ltr' {
  const lower = tag.toLowerCase();
  return RTL.has(primaryLanguage(lower)) || RTL.has(lower.split('-').slice(0, 2).join('-')) ? 'rtl' : 'ltr';
}
