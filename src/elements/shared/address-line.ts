/** A place's address as one line, for the map's list and details and for calendar files. */
import type { Place } from '../../feed/types.js';
import type { Translate } from '../../i18n/translate.js';

/** "Markt 1, 00000 Musterstadt" (street, postal code and town, district), or '' without an address. */
export function addressLine(place: Place | undefined, t: Translate): string {
  const a = place?.address;
  if (!a) return '';
  return [a.street, [a.postalCode, a.locality].filter(Boolean).join(' '), a.district].filter(Boolean).join(t('text.separator'));
}
