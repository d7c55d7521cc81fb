/**
 * A place or an offer picked in one element is shown by every <offer-map>
 * on the same page (or in the same shadow root) that lists it, with no
 * wiring by the page: the map opens it in its list and centres on it, as
 * when a script calls its `select()`.
 */
type Type = 'place' | 'offer';

/** What a map element answers (<offer-map>'s `shows` and `select`). */
interface ShowingMap extends Element {
  shows(type: Type, id: string): boolean;
  select(type: Type, id: string): void;
}

/** Maps in `from`'s document and root that can be asked (a map not yet upgraded has no `shows`). */
function mapsNear(from: Element): ShowingMap[] {
  const roots = new Set<ParentNode>([document, from.getRootNode() as ParentNode]);
  return [...roots]
    .flatMap((root) => [...root.querySelectorAll<Element>('offer-map')])
    .filter((map): map is ShowingMap => typeof (map as Partial<ShowingMap>).shows === 'function');
}

/** Shows the place or offer on each map near `from` that lists it; returns how many did. */
export function showOnMaps(from: Element, type: Type, id: string): number {
  let shown = 0;
  for (const map of mapsNear(from))
    if (map.shows(type, id)) {
      map.select(type, id);
      shown++;
    }
  return shown;
}
