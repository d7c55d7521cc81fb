/**
 * One project of a directory as a compact row: what search, filters, sorting
 * and the result list need, and nothing more. Made from a validated feed
 * (`rowsOfFeed`), by the harvester for the index it writes and by
 * <quartier-directory> for the feeds it reads itself. No DOM, no Lit.
 */
import { projectOffers } from '../feed/query.js';
import type { Feed, FieldOfAction, OfferCategory, OrganizationType, Project, Text } from '../feed/types.js';

export const PROJECT_STATUSES = ['running', 'ended', 'planned'] as const;
/** läuft, beendet, geplant: from the project's period and today's date. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export interface DirectoryRow {
  /** The project's id in its feed. */
  readonly project: string;
  /** The feed it comes from: an index into the directory's feed list. */
  readonly feed: number;
  readonly name: Text;
  readonly shortName?: Text;
  /** The summary, at most `SUMMARY_LENGTH` characters per language. */
  readonly summary?: Text;
  readonly quarter?: Text;
  /** Stadt/Gemeinde. */
  readonly municipality?: string;
  /** Landkreis. */
  readonly district?: string;
  readonly state?: string;
  readonly fields: readonly FieldOfAction[];
  /** Partial dates as written in the feed. */
  readonly start?: string;
  readonly end?: string;
  /** The last change: the project's `reviewed`, else the feed's `updated` (ISO date). */
  readonly modified?: string;
  /** Names of the partner organisations, in the feed's language or the first one there is. */
  readonly partners: readonly string[];
  readonly partnerTypes: readonly OrganizationType[];
  readonly categories: readonly OfferCategory[];
  readonly offers: number;
  /** The quarter's centre `[lat, lng]`, rounded to about 10 m; `approximate` when the feed says so. */
  readonly center?: readonly [number, number];
  readonly approximate?: boolean;
}

/** Longest summary kept in a row: the result list shows two lines of it. */
export const SUMMARY_LENGTH = 280;

function short(text: Text | undefined): Text | undefined {
  if (!text) return undefined;
  const out: Record<string, string> = {};
  for (const lang of Object.keys(text)) {
    const value = text[lang]!;
    out[lang] = value.length > SUMMARY_LENGTH ? `${value.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : value;
  }
  return out;
}

function firstText(text: Text, lang: string): string {
  return text[lang] ?? Object.values(text)[0] ?? '';
}

const round = (n: number): number => Math.round(n * 10_000) / 10_000;

function unique<T>(values: Iterable<T | undefined>): T[] {
  return [...new Set([...values].filter((v): v is T => v !== undefined))];
}

/** One row per project of a validated feed; `feed` is the feed's number in the directory. */
export function rowsOfFeed(feedData: Feed, feed: number): DirectoryRow[] {
  const orgs = new Map(feedData.organizations.map((o) => [o.id, o]));
  const updated = feedData.updated?.slice(0, 10);
  return feedData.projects.map((p: Project): DirectoryRow => {
    const partnerOrgs = unique(p.partners.map((x) => orgs.get(x.organization)));
    const offers = projectOffers(feedData, p);
    const center = p.quarter?.center;
    const summary = short(p.summary);
    const modified = p.reviewed ?? updated;
    return {
      project: p.id,
      feed,
      name: p.name,
      ...(p.shortName ? { shortName: p.shortName } : {}),
      ...(summary ? { summary } : {}),
      ...(p.quarter?.name ? { quarter: p.quarter.name } : {}),
      ...(p.municipality?.name ? { municipality: p.municipality.name } : {}),
      ...(p.municipality?.district ? { district: p.municipality.district } : {}),
      ...(p.municipality?.state ? { state: p.municipality.state } : {}),
      fields: p.fieldsOfAction,
      ...(p.period?.start ? { start: p.period.start } : {}),
      ...(p.period?.end ? { end: p.period.end } : {}),
      ...(modified ? { modified } : {}),
      partners: partnerOrgs.map((o) => firstText(o.name, feedData.language)),
      partnerTypes: unique(partnerOrgs.map((o) => o.type)),
      categories: unique(offers.map((o) => o.category)),
      offers: offers.length,
      ...(center ? { center: [round(center.lat), round(center.lng)] as const, ...(center.approximate ? { approximate: true } : {}) } : {}),
    };
  });
}

/**
 * Compares partial dates as the day they stand for: a start `2012` is
 * 2012-01-01, an end `2021` is 2021-12-31.
 */
function asDay(date: string, end: boolean): string {
  if (date.length === 4) return `${date}-${end ? '12-31' : '01-01'}`;
  if (date.length === 7) return `${date}-${end ? '31' : '01'}`;
  return date.slice(0, 10);
}

/** läuft / beendet / geplant on `today` (`YYYY-MM-DD`); `undefined` for a project without a period. */
export function statusOf(row: Pick<DirectoryRow, 'start' | 'end'>, today: string): ProjectStatus | undefined {
  if (!row.start && !row.end) return undefined;
  if (row.start && asDay(row.start, false) > today) return 'planned';
  if (row.end && asDay(row.end, true) < today) return 'ended';
  return 'running';
}
