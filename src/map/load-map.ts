/**
 * The seam between <offer-map> and its map: `loadMap()` is the only way to
 * the map chunk (create-map.ts with Leaflet, fetched on demand), imported
 * once per page. Tests put a fake map behind it with `useMapLoader` (a chunk
 * that fails, a map that records what it is asked) without network tricks.
 */
import type { createMap, leafletStyles } from './create-map.js';

export type { MapHandle, MapOptions, MapPoint } from './create-map.js';

/** What the map chunk gives the element. */
export interface MapModule {
  readonly createMap: typeof createMap;
  readonly leafletStyles: typeof leafletStyles;
}

type Loader = () => Promise<MapModule>;

const importChunk: Loader = () => import('./create-map.js');
let loader = importChunk;
let loading: Promise<MapModule> | undefined;

/** The map chunk, fetched on first call; a failure is forgotten, so that the next call tries again. */
export function loadMap(): Promise<MapModule> {
  return (loading ??= loader().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

/** @internal Loads maps with `fake` from now on (for tests); returns the function that puts the chunk back. */
export function useMapLoader(fake: Loader): () => void {
  loader = fake;
  loading = undefined;
  return () => {
    loader = importChunk;
    loading = undefined;
  };
}
