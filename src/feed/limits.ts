/**
 * How much of a feed the kit reads: the budget that keeps the work for any
 * feed bounded (docs/security.md, "Limits"). A feed may hold more; what lies
 * beyond a limit is left out with one warning that says how many entries were
 * left out (`too-many`, `too-many-places`, `too-many-offers`). The loader's
 * 5 MiB and 15 s (fetch-feed.ts) come first.
 */
export const LIMITS = {
  /** Records per list of one feed. */
  records: { projects: 1_000, organizations: 20_000, places: 20_000, offers: 50_000 },
  /** Places and offers of one project, counted after several feeds are merged. */
  project: { places: 20_000, offers: 50_000 },
  /** Entries of any list inside a record (goals, facts, links, images, contacts, quotes, …) unless named here. */
  list: 100,
  /** A project's partners. */
  partners: 2_000,
  /** An offer's one-off dates. */
  dates: 500,
  /** Points of one ring of a quarter's polygon. */
  positions: 10_000,
  /** A quarter's radius in metres (coordinates are checked to their ranges, −90…90 and −180…180). */
  radiusMeters: 50_000,
} as const;
