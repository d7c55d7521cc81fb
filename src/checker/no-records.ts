/**
 * Why a feed has no valid record. `validateFeed` refuses such a feed with a
 * `FeedError('no-records')` and keeps its warnings to itself, yet they are
 * exactly what a partner needs (every id in capitals, say). So the feed
 * checker (`check.ts`) validates once more with one valid placeholder record
 * appended to a list — the feed's own records keep their indexes — and
 * leaves out whatever concerns the placeholder. The validator itself stays
 * the only judge.
 */
import { isRecord, own } from '../feed/checks.js';
import type { FeedWarning } from '../feed/types.js';
import { validateFeed } from '../feed/validate.js';
import { RECORD_LISTS } from './missing-translations.js';

const PLACEHOLDER = { id: 'quartier-feed-check-placeholder', name: 'placeholder' };

export function whyNoRecords(json: unknown, source: string): FeedWarning[] {
  if (!isRecord(json)) return [];
  const list = RECORD_LISTS.find((l) => {
    const value = own(json, l);
    return value === undefined || value === null || Array.isArray(value);
  });
  if (list === undefined) return [];
  const raw = own(json, list);
  const entries: unknown[] = Array.isArray(raw) ? raw : [];
  // Spreading copies an own `__proto__` key as data, as JSON.parse made it.
  const copy = { ...json, [list]: [...entries, PLACEHOLDER] };
  try {
    const { warnings } = validateFeed(copy, { source });
    return warnings.filter((w) => !(w.path[0] === list && w.path[1] === entries.length));
  } catch {
    return [];
  }
}
