/**
 * A project's period in words: "seit 2012", "seit März 2020, läuft bis 31.
 * Dezember 2099", "1. Januar 2019 – 31. Dezember 2021" with the tag
 * "beendet". Shown in the key facts and in the section "Laufzeit".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hasEnded } from '../../feed/schedule.js';
import type { Period } from '../../feed/types.js';
import { formatPartialDate } from '../../i18n/intl-format.js';
import type { Translate } from '../../i18n/translate.js';
import { join } from './join.js';

/** The period's dates in words (a string unless it has ended), or nothing when it has neither start nor end. */
export function periodWords(per: Period | undefined, t: Translate): TemplateResult | string | typeof nothing {
  const start = per?.start && formatPartialDate(per.start, t);
  const end = per?.end && formatPartialDate(per.end, t);
  if (!start && !end) return nothing;
  return hasEnded(per?.end)
    ? html`${start ? `${start} – ${end}` : t('card.to', { date: end! })} <strong part="tag" class="tag ended">${t('card.ended')}</strong>`
    : (join([start && t('card.since', { date: start }), end && t('card.until', { date: end })], t('text.separator')) as string);
}
