/**
 * Looking things up in a validated feed: the questions the elements ask. A
 * record, or a project's places and offers, are found through an index built
 * once per feed (the per-feed model every element on a page shares), so an
 * answer costs what it returns, not what the feed holds.
 */
import { runAtOnce, runInSlices } from './slices.js';
import type { Feed, Offer, Organization, PartnerRole, Place, Project, Text } from './types.js';

interface Index {
  readonly projects: ReadonlyMap<string, Project>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly places: ReadonlyMap<string, Place>;
}

/** Where a feed's places and offers are: made only when first asked, so an element that shows no offers never pays for them. */
interface Joins {
  /** Each place's position in `feed.places`, to keep the feed's order. */
  readonly placeOrder: ReadonlyMap<string, number>;
  /** A project's places (those naming it), in the feed's order. */
  readonly placesOfProject: ReadonlyMap<string, readonly Place[]>;
  /** A project's offers (naming it, or without a project at one of its places), in the feed's order. */
  readonly offersOfProject: ReadonlyMap<string, readonly Offer[]>;
  /** The offers held at a place, in the feed's order. */
  readonly offersAtPlace: ReadonlyMap<string, readonly Offer[]>;
}

/**
 * The model of each validated feed (it never changes once validated): built
 * once, in one pass over each list, and shared by every element that shows
 * the feed, so that no element's question grows with the feed.
 */
const indexes = new WeakMap<Feed, Index>();
const joins = new WeakMap<Feed, Joins>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records indexed between two pauses of `indexFeed`. */
const SLICE = 1_000;

/** A map of `list` by id, with a pause (`yield`) every `SLICE` records. */
function* byId<T extends { id: string }>(list: readonly T[]): Generator<void, Map<string, T>> {
  const out = new Map<string, T>();
  for (let i = 0; i < list.length; i++) {
    if (i > 0 && i % SLICE === 0) yield;
    out.set(list[i]!.id, list[i]!);
  }
  return out;
}

function* indexSteps(feed: Feed): Generator<void, Index> {
  let index = indexes.get(feed);
  if (!index) {
    index = { projects: yield* byId(feed.projects), organizations: yield* byId(feed.organizations), places: yield* byId(feed.places) };
    indexes.set(feed, index);
  }
  return index;
}

function* joinSteps(feed: Feed): Generator<void, Joins> {
  let found = joins.get(feed);
  if (!found) {
    const { places } = yield* indexSteps(feed);
    const placeOrder = new Map<string, number>();
    const placesOfProject = new Map<string, Place[]>();
    for (let i = 0; i < feed.places.length; i++) {
      if (i > 0 && i % SLICE === 0) yield;
      const p = feed.places[i]!;
      placeOrder.set(p.id, i);
      if (p.project !== undefined) push(placesOfProject, p.project, p);
    }
    const offersOfProject = new Map<string, Offer[]>();
    const offersAtPlace = new Map<string, Offer[]>();
    for (let i = 0; i < feed.offers.length; i++) {
      if (i > 0 && i % SLICE === 0) yield;
      const o = feed.offers[i]!;
      if (o.place !== undefined) push(offersAtPlace, o.place, o);
      const project = o.project ?? (o.place === undefined ? undefined : places.get(o.place)?.project);
      if (project !== undefined) push(offersOfProject, project, o);
    }
    found = { placeOrder, placesOfProject, offersOfProject, offersAtPlace };
    joins.set(feed, found);
  }
  return found;
}

// Asked once per record shown: a model already made is returned without making a generator.
const indexOf = (feed: Feed): Index => indexes.get(feed) ?? runAtOnce(indexSteps(feed));
const joinsOf = (feed: Feed): Joins => joins.get(feed) ?? runAtOnce(joinSteps(feed));

/**
 * Builds a feed's records by id (what every element asks through) in slices,
 * calling `pause` between them, so that an element's first draw finds them
 * made rather than making them in one long task. The joins of places and
 * offers are made when first asked (a card's offers, a project's map): a map
 * of the whole feed draws its places without them.
 */
export async function indexFeed(feed: Feed, pause: () => Promise<void>): Promise<void> {
  await runInSlices(indexSteps(feed), pause);
}

export function projectById(feed: Feed, id: string): Project | undefined {
  return indexOf(feed).projects.get(id);
}

/** The project an element shows: the one with `id`, or the only one when no id is given. */
export function resolveProject(feed: Feed, id: string | undefined): Project | undefined {
  if (id) return projectById(feed, id);
  return feed.projects.length === 1 ? feed.projects[0] : undefined;
}

export function organizationById(feed: Feed, id: string): Organization | undefined {
  return indexOf(feed).organizations.get(id);
}

export function placeById(feed: Feed, id: string): Place | undefined {
  return indexOf(feed).places.get(id);
}

export interface PartnerEntry {
  readonly organization: Organization;
  readonly role: PartnerRole;
  readonly contribution?: Text;
}

/** A project's partners with their organisations, in the feed's order. */
export function projectPartners(feed: Feed, project: Project): PartnerEntry[] {
  const out: PartnerEntry[] = [];
  for (const p of project.partners) {
    const organization = organizationById(feed, p.organization);
    // Every field its own, also when absent: nothing is read from a (possibly polluted) prototype.
    if (organization) out.push({ organization, role: p.role, contribution: p.contribution });
  }
  return out;
}

/** The offers of a project: those naming it, and those held at one of its places. */
export function projectOffers(feed: Feed, project: Project): Offer[] {
  return [...(joinsOf(feed).offersOfProject.get(project.id) ?? [])];
}

/** The places of a project: those naming it, and those where one of its offers is held. */
export function projectPlaces(feed: Feed, project: Project): Place[] {
  const { places } = indexOf(feed);
  const { placesOfProject, offersOfProject, placeOrder } = joinsOf(feed);
  const own = placesOfProject.get(project.id) ?? [];
  const out = new Set(own);
  for (const o of offersOfProject.get(project.id) ?? []) {
    const place = o.place === undefined ? undefined : places.get(o.place);
    if (place) out.add(place);
  }
  if (out.size === own.length) return [...own];
  return [...out].sort((a, b) => placeOrder.get(a.id)! - placeOrder.get(b.id)!);
}

/** The offers held at a place. */
export function placeOffers(feed: Feed, place: Place): Offer[] {
  return [...(joinsOf(feed).offersAtPlace.get(place.id) ?? [])];
}

export interface Participation {
  readonly project: Project;
  readonly role: PartnerRole;
  readonly contribution?: Text;
}

/** The projects an organisation takes part in, with its role in each. */
export function organizationProjects(feed: Feed, organization: Organization): Participation[] {
  const out: Participation[] = [];
  for (const project of feed.projects) {
    for (const p of project.partners) {
      if (p.organization === organization.id) {
        out.push({ project, role: p.role, contribution: p.contribution });
      }
    }
  }
  return out;
}
