/**
 * What the harvester tells a partner about their feed, and the portal about
 * all of them: plain data (written as JSON, and as HTML by report-html.ts),
 * every sentence in German, for a portal to send on as it is.
 */
import type { CatalogEntry } from './catalog.js';
import type { FeedFailure, FeedOutcome, FeedState } from './harvest-state.js';

/** One problem in the partner's feed, with its place in the file. */
export interface ReportProblem {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface PartnerReport {
  readonly feed: string;
  readonly url: string;
  readonly publisher: string;
  readonly contact: CatalogEntry['contact'];
  readonly outcome: FeedOutcome;
  /** The last check failed and the portal shows the last good copy. */
  readonly stale: boolean;
  /** Zuletzt geprüft, last successful check, last change (ISO date-times). */
  readonly checked: string;
  readonly succeeded?: string;
  readonly changed?: string;
  readonly failure?: FeedFailure;
  /** Problems in the feed shown (the last good one). */
  readonly problems: readonly ReportProblem[];
  readonly projects: number;
  readonly offers: number;
}

export interface PortalReport {
  readonly title: string;
  readonly generated: string;
  readonly feeds: number;
  readonly counts: Readonly<Record<FeedOutcome, number>>;
  /** Feeds shown from their last good copy. */
  readonly stale: number;
  /** Feeds with no usable copy at all. */
  readonly missing: number;
  readonly withProblems: number;
  readonly projects: number;
  readonly offers: number;
  readonly partners: ReadonlyArray<
    Pick<PartnerReport, 'feed' | 'publisher' | 'outcome' | 'stale' | 'checked' | 'projects'> & { readonly problems: number; readonly failure?: string }
  >;
}

export function partnerReport(
  entry: CatalogEntry,
  state: FeedState,
  shown: { readonly problems: readonly ReportProblem[]; readonly projects: number; readonly offers: number } | undefined,
): PartnerReport {
  return {
    feed: entry.id,
    url: entry.url,
    publisher: entry.publisher.name,
    contact: entry.contact,
    outcome: state.outcome,
    stale: state.outcome === 'failed' && shown !== undefined,
    checked: state.checked,
    ...(state.succeeded ? { succeeded: state.succeeded } : {}),
    ...(state.changed ? { changed: state.changed } : {}),
    ...(state.failure ? { failure: state.failure } : {}),
    problems: shown?.problems ?? [],
    projects: shown?.projects ?? 0,
    offers: shown?.offers ?? 0,
  };
}

export function portalReport(title: string, generated: string, reports: readonly PartnerReport[]): PortalReport {
  const counts: Record<FeedOutcome, number> = { updated: 0, unchanged: 0, 'not-modified': 0, failed: 0 };
  for (const r of reports) counts[r.outcome]++;
  return {
    title,
    generated,
    feeds: reports.length,
    counts,
    stale: reports.filter((r) => r.stale).length,
    missing: reports.filter((r) => r.outcome === 'failed' && !r.stale).length,
    withProblems: reports.filter((r) => r.problems.length > 0).length,
    projects: reports.reduce((n, r) => n + r.projects, 0),
    offers: reports.reduce((n, r) => n + r.offers, 0),
    partners: reports.map((r) => ({
      feed: r.feed,
      publisher: r.publisher,
      outcome: r.outcome,
      stale: r.stale,
      checked: r.checked,
      projects: r.projects,
      problems: r.problems.length,
      ...(r.failure ? { failure: r.failure.message } : {}),
    })),
  };
}
