/**
 * Where a project or an offer stands, in words for a tag: "beendet (bis 31.
 * Dezember 2021)", "beendet", "vorübergehend ausgesetzt", "geplant",
 * "startet am 1. März 2027"; nothing for a current one. The card and
 * <offer-map> show it beside a name.
 */
import type { Lifecycle } from '../../feed/lifecycle.js';
import { formatPartialDate } from '../../i18n/intl-format.js';
import type { Translate } from '../../i18n/translate.js';

export function lifecycleWords(lifecycle: Lifecycle, t: Translate): string | undefined {
  switch (lifecycle.state) {
    case 'current':
      return undefined;
    case 'ended':
      return lifecycle.until ? t('lifecycle.ended-until', { date: formatPartialDate(lifecycle.until, t) }) : t('lifecycle.ended');
    case 'paused':
      return t('offer.paused');
    case 'planned':
      return t('lifecycle.planned');
    case 'upcoming':
      return t('lifecycle.starts', { date: formatPartialDate(lifecycle.from, t) });
  }
}
