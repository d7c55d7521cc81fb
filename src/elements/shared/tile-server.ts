/**
 * The tile server of <offer-map>: the `tiles` attribute checked (an http(s)
 * URL template with `{z}`, `{x}` and `{y}`, and no placeholder Leaflet cannot
 * fill), the server's name for the consent placeholder, and OpenStreetMap as
 * the default.
 */

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';

export interface TileServer {
  /** The URL template, as Leaflet takes it. */
  readonly template: string;
  /** The server's host name, named before consent ("tile.openstreetmap.org"). */
  readonly host: string;
}

/** The placeholders Leaflet fills in a tile URL: subdomain, coordinates, zoom, the inverted y, `@2x` on high-density screens. */
const PLACEHOLDERS: ReadonlySet<string> = new Set(['s', 'x', 'y', 'z', '-y', 'r']);

/** What Leaflet reads as a placeholder (its own pattern): it throws on each tile for a name it has no value for. */
const PLACEHOLDER = /\{ *([\w -]+) *\}/g;

/** The server for a `tiles` value: the default when empty, `undefined` when the value is not usable. */
export function tileServer(value: string): TileServer | undefined {
  const template = value.trim() || OSM_TILES;
  if (!/\{z\}/.test(template) || !/\{x\}/.test(template) || !/\{-?y\}/.test(template)) return undefined;
  for (const [, name] of template.matchAll(PLACEHOLDER)) if (!PLACEHOLDERS.has(name!)) return undefined;
  let url: URL;
  try {
    // Fill the placeholders so that the URL parser sees a real address.
    url = new URL(template.replace(/\{-?[a-z]+\}/g, '0'), document.baseURI);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  // Relative templates are resolved against the page; placeholders survive as __z__ while the URL is parsed.
  const absolute = new URL(template.replace(/\{(-?[a-z]+)\}/g, '__$1__'), document.baseURI).href.replace(/__(-?[a-z]+)__/g, '{$1}');
  // "{s}.tile.example.org" is named "tile.example.org".
  const host = (/^https?:\/\/([^/?#]+)/i.exec(absolute)?.[1] ?? url.host).replace(/\{[^}]*\}\.?/g, '');
  return { template: absolute, host };
}
