/**
 * What views ask of the element they render for, kept out of the shell (and
 * so out of the script-tag entry): the heading level to use, and the feed
 * URLs as an editor message names them.
 */

interface Host {
  readonly src: string;
  readonly feed: unknown;
  readonly headingLevel: number;
}

/** The heading level for the element's top heading, or a section below it (`offset` 1 = one below). */
export function headingLevel(host: Host, offset = 0): number {
  const base = Number.isInteger(host.headingLevel) ? host.headingLevel : 2;
  return Math.min(6, Math.max(1, base) + offset);
}

/** The feed URLs resolved against the page, or empty when the feed was given as a property. */
export function sourceLabel(host: Host): string {
  if (host.feed !== undefined && host.feed !== null) return '';
  return host.src
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      try {
        return new URL(part, document.baseURI).href;
      } catch {
        return part;
      }
    })
    .join(' ');
}
