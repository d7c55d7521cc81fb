/**
 * The editor's settings, kept in this browser: which tile server the map
 * picker and the preview's map load from (OpenStreetMap unless the partner
 * names another, as the widgets' `tiles` attribute does), and the address
 * search — off until the partner names a service (for example their own
 * Nominatim), so that nothing is contacted unless configured.
 */
import { OSM_TILES, tileServer, type TileServer } from '../../src/elements/shared/tile-server.js';

export interface Settings {
  /** Tile URL template; '' for OpenStreetMap. */
  readonly tiles: string;
  /** The tile server's attribution, plain text; '' for OpenStreetMap's. */
  readonly attribution: string;
  /** Base address of a Nominatim-compatible search service; '' for none. */
  readonly geocoder: string;
}

export const DEFAULT_SETTINGS: Settings = { tiles: '', attribution: '', geocoder: '' };

const KEY = 'quartier-editor.settings';

export function loadSettings(storage: Storage | undefined): Settings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS;
    const get = (key: keyof Settings): string => {
      const value = (raw as Record<string, unknown>)[key];
      return typeof value === 'string' ? value : '';
    };
    return { tiles: get('tiles'), attribution: get('attribution'), geocoder: get('geocoder') };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function storeSettings(storage: Storage | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or forbidden: the settings last as long as the page.
  }
}

/** The tile server of the settings (OpenStreetMap for ''), or `undefined` when the template is not usable. */
export function tilesOf(settings: Settings): TileServer | undefined {
  return tileServer(settings.tiles || OSM_TILES);
}

/** The geocoder's base address when it is an http(s) address, else `undefined` (search off). */
export function geocoderOf(settings: Settings): URL | undefined {
  const value = settings.geocoder.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
