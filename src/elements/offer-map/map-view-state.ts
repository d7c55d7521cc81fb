/**
 * What <offer-map> shows besides the map itself: the category chips pressed,
 * the search, the entries open in the list, the list's Tab stop and the
 * letters typed to find an entry, the place whose details are beside the
 * map, and the model these narrow (built once per feed, project,
 * categories and language; narrowed once per change of chips or search).
 * No DOM and no element: the controller (map-controller.ts) changes it, the
 * views read it. The selection is not here: it is the element's `selection`
 * property, and lives only there.
 */
import type { OfferCategory, Quarter } from '../../feed/types.js';
import type { MapPoint } from '../../map/load-map.js';
import { filterModel, type FilteredModel, type MapEntry, type MapModel } from './map-model.js';
import type { MapSelection } from './offer-map.js';

/** What the map draws: the located places of the results, and the quarters. */
export interface MapData {
  readonly points: readonly MapPoint[];
  readonly quarters: readonly Quarter[];
  /** The entries of the located places, by id (for the markers' names). */
  readonly located: ReadonlyMap<string, MapEntry>;
}

/** Whether two keys differ in any part (by identity). */
const changed = (a: readonly unknown[], b: readonly unknown[]): boolean => a.some((k, i) => k !== b[i]);

export class MapViewState {
  /** The place whose details are shown beside the map. */
  details: string | undefined;

  /** The places at one point whose list is shown beside the map instead (their stack was activated). */
  here: readonly string[] | undefined;

  /** The entry whose button is the list's one Tab stop (the first entry when unset or filtered away). */
  listFocus: string | undefined;

  private typed = '';
  private typedAt = -Infinity;

  private readonly pressed = new Set<OfferCategory>();
  private searched = '';
  private readonly opened = new Set<string>();
  private current: MapModel | undefined;
  private modelKey: readonly unknown[] = [];
  private filtered: FilteredModel | undefined;
  private offerPlace: Map<string, string> | undefined;
  private data: MapData | undefined;
  private dataFor: FilteredModel | undefined;

  /** Category chips pressed (none = all). */
  get chips(): ReadonlySet<OfferCategory> {
    return this.pressed;
  }

  /** The search as typed. */
  get query(): string {
    return this.searched;
  }

  /** Entries open in the list (place ids; `''` for offers without a place). */
  get open(): ReadonlySet<string> {
    return this.opened;
  }

  /** The entries the chips and the search leave, once there is a model (narrowed when they change, not when read). */
  get results(): FilteredModel | undefined {
    return this.filtered;
  }

  /** The model the results narrow, once there is one. */
  get model(): MapModel | undefined {
    return this.current;
  }

  /** The feed's language (its texts' fallback), once there is a model. */
  get feedLang(): string | undefined {
    return this.current?.language;
  }

  /** The model, made by `build` only when `key` (feed, project, categories, language) changed; chips it lacks are let go. */
  modelFor(key: readonly unknown[], build: () => MapModel): MapModel {
    if (!this.current || changed(key, this.modelKey)) {
      const model = (this.current = build());
      this.modelKey = key;
      // Made when an offer is first asked for (a selection, a link): not before the first frame.
      this.offerPlace = undefined;
      for (const chip of this.pressed) if (!model.categories.includes(chip)) this.pressed.delete(chip);
      this.narrow();
    }
    return this.current;
  }

  /** The search changed. */
  search(query: string): void {
    this.searched = query;
    this.narrow();
  }

  /** A letter typed on the list at `time` (ms): the letters typed within `window` ms of each other, so far. */
  typeAhead(letter: string, time: number, window: number): string {
    this.typed = time - this.typedAt < window ? this.typed + letter : letter;
    this.typedAt = time;
    return this.typed;
  }

  /** Another key (an arrow, Home, End) ends what was typed: the next letter starts afresh. */
  endTypeAhead(): void {
    this.typedAt = -Infinity;
  }

  /** Presses a chip, or releases it. */
  toggleChip(category: OfferCategory): void {
    if (!this.pressed.delete(category)) this.pressed.add(category);
    this.narrow();
  }

  /** Releases every chip and empties the search. */
  resetFilters(): void {
    this.pressed.clear();
    this.searched = '';
    this.narrow();
  }

  openEntry(id: string): void {
    this.opened.add(id);
  }

  closeEntry(id: string): void {
    this.opened.delete(id);
  }

  /** What the map draws for the results (the same object until they change). */
  get mapData(): MapData | undefined {
    const results = this.filtered;
    if (!results || !this.current) return undefined;
    if (this.data && this.dataFor === results) return this.data;
    const points: MapPoint[] = [];
    const located = new Map<string, MapEntry>();
    for (const e of results.entries) {
      const geo = e.place?.geo;
      if (!geo) continue;
      located.set(e.id, e);
      points.push(geo.approximate ? { id: e.id, lat: geo.lat, lng: geo.lng, approximate: true } : { id: e.id, lat: geo.lat, lng: geo.lng });
    }
    this.dataFor = results;
    return (this.data = { points, quarters: this.current.quarters, located });
  }

  /** Whether the model (before chips and search) lists this place or offer. */
  lists(type: MapSelection['type'], id: string): boolean {
    return type === 'place' ? !!this.model?.entries.some((e) => e.id === id && e.place) : this.placeOfOffer(id) !== undefined;
  }

  /** The place id of a selection (an offer's place), if it has one. */
  placeOf(selection: MapSelection | undefined): string | undefined {
    if (selection === undefined) return undefined;
    return selection.type === 'place' ? selection.id : this.placeOfOffer(selection.id);
  }

  /** The entry (place id, `''` for none) that lists an offer. */
  private placeOfOffer(id: string): string | undefined {
    if (!this.offerPlace) {
      // A loop, not flatMap: no pair array per offer (20,000 of them in the worst-shape feed).
      const offerPlace = new Map<string, string>();
      for (const e of this.current?.entries ?? []) for (const o of e.offers) offerPlace.set(o.id, e.id);
      if (!this.current) return undefined;
      this.offerPlace = offerPlace;
    }
    return this.offerPlace.get(id);
  }

  private narrow(): void {
    this.filtered = this.current && filterModel(this.current, this.pressed, this.searched);
  }
}
