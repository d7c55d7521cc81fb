/**
 * Several feeds read as one: lists joined in order, an id that two feeds both
 * use resolved in favour of the first (with a warning), references checked
 * across all of them.
 */
import { compact } from './read.js';
import { checkReferences, originAt, setListOrigin } from './validate.js';
import type { Feed, FeedWarning, ValidationResult } from './types.js';

type RecordList = 'projects' | 'organizations' | 'places' | 'offers';

type Parts = ReadonlyArray<ValidationResult & { readonly source?: string }>;

/** Merges feeds that `readFeed` has read; the first feed's root fields (language, publisher…) win. */
export function mergeFeeds(parts: Parts): ValidationResult {
  const { feed, warnings } = joinFeeds(parts);
  return { feed: checkReferences(feed, warnings), warnings };
}

/** `mergeFeeds` before its `checkReferences` (which the caller runs, maybe in slices). */
export function joinFeeds(parts: Parts): { feed: Feed; warnings: FeedWarning[] } {
  const first = parts[0];
  if (!first) throw new RangeError('mergeFeeds needs at least one feed');
  const warnings: FeedWarning[] = parts.flatMap((p) => p.warnings);
  const join = <T extends { id: string }>(list: RecordList, pick: (feed: Feed) => readonly T[]): readonly T[] => {
    // One feed has no id twice (`readFeed` saw to that): nothing to join.
    if (parts.length === 1) return pick(first.feed);
    const out: T[] = [];
    const sources: Array<string | undefined> = [];
    const indices: number[] = [];
    const seen = new Map<string, string | undefined>();
    for (const part of parts) {
      const records = pick(part.feed);
      for (let j = 0; j < records.length; j++) {
        const record = records[j]!;
        if (!seen.has(record.id)) {
          seen.set(record.id, part.source);
          const origin = originAt(records, j);
          sources.push(origin?.source ?? part.source);
          indices.push(origin?.index ?? j);
          out.push(record);
          continue;
        }
        const kept = seen.get(record.id);
        warnings.push(
          compact<FeedWarning>({
            code: 'duplicate-id',
            path: [list],
            list,
            record: record.id,
            field: 'id',
            dropped: 'record',
            detail: compact({ value: record.id, kept }),
            source: part.source,
          }),
        );
      }
    }
    setListOrigin(out, { source: sources, indices });
    return out;
  };
  const feed = compact<Feed>({
    ...first.feed,
    projects: join('projects', (f) => f.projects),
    organizations: join('organizations', (f) => f.organizations),
    places: join('places', (f) => f.places),
    offers: join('offers', (f) => f.offers),
  });
  return { feed, warnings };
}
