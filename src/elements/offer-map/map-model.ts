/**
 * What <offer-map> shows, built once per feed, project and category filter:
 * the places with the offers held there (in the feed's order), offers
 * without a known place as one last entry, the categories present (for the
 * chips), and the quarters to draw. Offers that are over (ended, every date
 * past, of a project whose period has ended: feed/lifecycle.ts) are left out
 * unless asked for: a resident looking for something to go to does not need
 * them. Places stay: a place outlives a project's offers.
 */
import { offerLifecycle } from '../../feed/lifecycle.js';
import { localNow } from '../../feed/schedule.js';
import { projectById, projectOffers, projectPlaces } from '../../feed/query.js';
import { searchable, searchWords } from '../shared/search-text.js';
import { OFFER_CATEGORIES, type Feed, type Offer, type OfferCategory, type Place, type Project, type Quarter, type Text } from '../../feed/types.js';

/** A place and the offers held there; `place` is missing for the entry of offers without a known place. */
export interface MapEntry {
  /** The place's id; `''` for offers without a known place. */
  readonly id: string;
  readonly place: Place | undefined;
  readonly offers: readonly Offer[];
}

export interface MapModel {
  readonly entries: readonly MapEntry[];
  /** The offer categories present, in the order of the format. */
  readonly categories: readonly OfferCategory[];
  /** The quarters to draw (the project's, or every project's). */
  readonly quarters: readonly Quarter[];
  readonly offerCount: number;
  /** The feed (or project) has offers, and every one of them is over (and left out). */
  readonly noneCurrent: boolean;
  /** The feed's language (the fallback of its texts). */
  readonly language: string;
  /** Names a category in the reader's language (searching "Beratung" finds counselling offers). */
  readonly label: (category: OfferCategory) => string;
  /** Searchable texts of places and offers, made when the page is idle after the model (`prepareTexts`), or by the first search. */
  readonly texts: WeakMap<Place | Offer, string>;
}

function allTexts(...texts: ReadonlyArray<Text | string | undefined>): string {
  let out = '';
  for (const text of texts) {
    if (typeof text === 'string') out += ` ${text}`;
    else if (text) for (const key of Object.keys(text)) out += ` ${text[key]}`;
  }
  return searchable(out);
}

/**
 * The model for a feed. `project` narrows to one project; `categories`
 * (when not empty) to those offer categories, and then places without such
 * an offer are left out. `label` names a category in the reader's language,
 * so that searching for "Beratung" finds counselling offers.
 */
export function buildModel(
  feed: Feed,
  project: Project | undefined,
  categories: ReadonlySet<OfferCategory>,
  label: (category: OfferCategory) => string,
  includeEnded = false,
  today?: string,
): MapModel {
  const places = project ? projectPlaces(feed, project) : feed.places;
  const all = project ? projectOffers(feed, project) : feed.offers;
  // Today once for the whole model, not once per offer.
  const day = today ?? localNow().date;
  const over = (o: Offer): boolean => offerLifecycle(o, o.project ? projectById(feed, o.project) : undefined, day).state === 'ended';
  let offers = includeEnded ? all : all.filter((o) => !over(o));
  const noneCurrent = all.length > 0 && !offers.length;
  if (categories.size) offers = offers.filter((o) => o.category !== undefined && categories.has(o.category));
  const byPlace = new Map<string, Offer[]>();
  const known = new Set(places.map((p) => p.id));
  const unplaced: Offer[] = [];
  const present = new Set<OfferCategory>();
  for (const offer of offers) {
    if (offer.category) present.add(offer.category);
    if (offer.place !== undefined && known.has(offer.place)) {
      let list = byPlace.get(offer.place);
      if (!list) byPlace.set(offer.place, (list = []));
      list.push(offer);
    } else unplaced.push(offer);
  }
  const entries: MapEntry[] = [];
  for (const place of places) {
    const here = byPlace.get(place.id) ?? [];
    if (categories.size && !here.length) continue;
    entries.push({ id: place.id, place, offers: here });
  }
  if (unplaced.length) entries.push({ id: '', place: undefined, offers: unplaced });
  const quarters = (project ? [project] : feed.projects).flatMap((p) => (p.quarter && (p.quarter.center || p.quarter.area) ? [p.quarter] : []));
  return {
    entries,
    categories: OFFER_CATEGORIES.filter((c) => present.has(c)),
    quarters,
    offerCount: offers.length,
    noneCurrent,
    language: feed.language,
    label,
    texts: new WeakMap(),
  };
}

/** The searchable text of a place or an offer (every translation), made once per model. */
function textOf(model: MapModel, record: Place | Offer): string {
  let text = model.texts.get(record);
  if (text === undefined) {
    if ('category' in record || 'languages' in record) {
      const o = record as Offer;
      text = allTexts(
        o.name,
        o.description,
        o.audience,
        o.schedule?.text,
        typeof o.cost === 'object' ? o.cost : undefined,
        o.category && model.label(o.category),
      );
    } else {
      const p = record as Place;
      const a = p.address;
      text = allTexts(p.name, a?.street, a?.postalCode, a?.locality, a?.district, p.description);
    }
    model.texts.set(record, text);
  }
  return text;
}

/**
 * Makes the searchable texts of the entries from `from` on until `more()`
 * says stop; returns where it stopped (`entries.length` when done). Run when
 * the page is idle, so that the first keystroke only filters.
 */
export function prepareTexts(model: MapModel, from: number, more: () => boolean): number {
  let i = from;
  for (; i < model.entries.length && more(); i++) {
    const entry = model.entries[i]!;
    if (entry.place) textOf(model, entry.place);
    for (const offer of entry.offers) textOf(model, offer);
  }
  return i;
}

/** What the filters leave: entries with their matching offers, and the counts to announce. */
export interface FilteredModel {
  readonly entries: readonly MapEntry[];
  readonly places: number;
  readonly offers: number;
}

/**
 * Narrows the model by the chips (offer categories; none = all) and the
 * search words (every word must occur). A place whose own text matches keeps
 * all its offers that pass the chips; otherwise only its matching offers, and
 * the place stays when one matches.
 */
export function filterModel(model: MapModel, chips: ReadonlySet<OfferCategory>, query: string): FilteredModel {
  const words = searchWords(query);
  const matches = (text: string): boolean => words.every((w) => text.includes(w));
  if (!chips.size && !words.length) {
    let places = 0;
    for (const e of model.entries) if (e.place) places++;
    return { entries: model.entries, places, offers: model.offerCount };
  }
  const entries: MapEntry[] = [];
  let offers = 0;
  let places = 0;
  for (const entry of model.entries) {
    const placeMatches = words.length > 0 && entry.place !== undefined && matches(textOf(model, entry.place));
    const kept: Offer[] = [];
    for (const offer of entry.offers) {
      if (chips.size && !(offer.category && chips.has(offer.category))) continue;
      if (!placeMatches && words.length && !matches(textOf(model, offer))) continue;
      kept.push(offer);
    }
    const keepPlace = kept.length > 0 || (placeMatches && !chips.size);
    if (!keepPlace) continue;
    entries.push(kept.length === entry.offers.length ? entry : { ...entry, offers: kept });
    offers += kept.length;
    if (entry.place) places++;
  }
  return { entries, places, offers };
}
