/**
 * Looking things up in a validated feed: the questions the elements ask. A
 * record is found by its id through an index built once per feed, so no
 * question costs more than one pass over a list.
 */
import type { Feed, Offer, Organization, PartnerRole, Place, Project, Text } from './types.js';

interface Index {
  readonly projects: ReadonlyMap<string, Project>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly places: ReadonlyMap<string, Place>;
}

/** The ids of each validated feed (it never changes once validated). */
const indexes = new WeakMap<Feed, Index>();

function indexOf(feed: Feed): Index {
  let index = indexes.get(feed);
  if (!index) {
    const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((r) => [r.id, r]));
    index = { projects: byId(feed.projects), organizations: byId(feed.organizations), places: byId(feed.places) };
    indexes.set(feed, index);
  }
  return index;
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
  const places = new Set(feed.places.filter((p) => p.project === project.id).map((p) => p.id));
  return feed.offers.filter((o) => o.project === project.id || (o.project === undefined && o.place !== undefined && places.has(o.place)));
}

/** The places of a project: those naming it, and those where one of its offers is held. */
export function projectPlaces(feed: Feed, project: Project): Place[] {
  const offerPlaces = new Set(projectOffers(feed, project).map((o) => o.place));
  return feed.places.filter((p) => p.project === project.id || offerPlaces.has(p.id));
}

/** The offers held at a place. */
export function placeOffers(feed: Feed, place: Place): Offer[] {
  return feed.offers.filter((o) => o.place === place.id);
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
