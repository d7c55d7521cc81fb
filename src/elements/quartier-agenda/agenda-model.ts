/**
 * What <quartier-agenda> lists, without DOM: every current offer's dates
 * from now to `days` ahead (the schedule engine's, so holidays, closed
 * periods and exceptions apply), soonest first, grouped today, tomorrow,
 * the rest of this week, later; offers by appointment only in a group of
 * their own. An offer that is not current (ended, paused, planned, of an
 * ended project, every date past) is not listed. The reader's category
 * chips and search narrow the groups (`filterAgenda`).
 */
import { addDays, weekdayOf } from '../../feed/calendar-days.js';
import { isCurrent } from '../../feed/lifecycle.js';
import { projectById, projectOffers } from '../../feed/query.js';
import { datesBetween, type LocalNow, type Occurrence } from '../../feed/schedule.js';
import { OFFER_CATEGORIES, WEEKDAYS, type Feed, type Offer, type OfferCategory, type Project } from '../../feed/types.js';
import { searchWords } from '../shared/search-text.js';

export type AgendaGroupKey = 'today' | 'tomorrow' | 'week' | 'later' | 'appointment';

export interface AgendaItem {
  readonly offer: Offer;
  /** Absent in the group `appointment`. */
  readonly occurrence?: Occurrence;
}

export interface AgendaGroup {
  readonly key: AgendaGroupKey;
  readonly items: readonly AgendaItem[];
}

/** At most this many dates of one offer, so a daily offer does not fill the list. */
const PER_OFFER = 8;

function groupOf(date: string, now: LocalNow): AgendaGroupKey {
  if (date === now.date) return 'today';
  if (date === addDays(now.date, 1)) return 'tomorrow';
  const sunday = addDays(now.date, 6 - WEEKDAYS.indexOf(weekdayOf(now.date)));
  return date <= sunday ? 'week' : 'later';
}

export function agendaGroups(feed: Feed, project: Project | undefined, categories: readonly string[], days: number, now: LocalNow): AgendaGroup[] {
  const offers = (project ? projectOffers(feed, project) : feed.offers).filter(
    (o) =>
      (!categories.length || (o.category !== undefined && categories.includes(o.category))) &&
      isCurrent(o, o.project ? projectById(feed, o.project) : undefined, now.date),
  );
  const dated: AgendaItem[] = [];
  const appointment: AgendaItem[] = [];
  for (const offer of offers) {
    const upcoming = datesBetween(offer, now.date, addDays(now.date, days)).occurrences.filter(
      (o) => o.date > now.date || (o.closes ?? o.opens ?? '24:00') > now.time,
    );
    dated.push(...upcoming.slice(0, PER_OFFER).map((occurrence) => ({ offer, occurrence })));
    if (!upcoming.length && offer.schedule?.byAppointment) appointment.push({ offer });
  }
  dated.sort((a, b) => a.occurrence!.date.localeCompare(b.occurrence!.date) || (a.occurrence!.opens ?? '').localeCompare(b.occurrence!.opens ?? ''));
  const groups = new Map<AgendaGroupKey, AgendaItem[]>();
  for (const item of dated) {
    const key = groupOf(item.occurrence!.date, now);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (appointment.length) groups.set('appointment', appointment);
  return (['today', 'tomorrow', 'week', 'later', 'appointment'] as const).filter((k) => groups.has(k)).map((key) => ({ key, items: groups.get(key)! }));
}

/** The offer categories of the groups' offers, in the format's order (the chips). */
export function agendaCategories(groups: readonly AgendaGroup[]): OfferCategory[] {
  const present = new Set(groups.flatMap((g) => g.items.map((i) => i.offer.category)));
  return OFFER_CATEGORIES.filter((c) => present.has(c));
}

/**
 * What the chips (categories; none = all) and the search words (each must
 * occur in `textOf` the offer: `searchable` text) leave of the groups; groups
 * left empty go.
 */
export function filterAgenda(
  groups: readonly AgendaGroup[],
  chips: ReadonlySet<OfferCategory>,
  query: string,
  textOf: (offer: Offer) => string,
): readonly AgendaGroup[] {
  const words = searchWords(query);
  if (!chips.size && !words.length) return groups;
  const texts = new Map<Offer, boolean>();
  const keep = (offer: Offer): boolean => {
    if (chips.size && !(offer.category && chips.has(offer.category))) return false;
    let found = texts.get(offer);
    if (found === undefined) texts.set(offer, (found = words.every((w) => textOf(offer).includes(w))));
    return found;
  };
  return groups.map((g) => ({ key: g.key, items: g.items.filter((i) => keep(i.offer)) })).filter((g) => g.items.length);
}
