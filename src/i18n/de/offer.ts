/** German texts about an offer, shared by the card (in brief) and the map (in full). */
export const deOffer = {
  'offer.paused': 'vorübergehend ausgesetzt',
  'offer.next': 'Nächster Termin: {date}',
  'offer.time': '{opens}–{closes} Uhr',
  'offer.at': '{time} Uhr',
  /** A label, so that the audience reads as the feed writes it ("Neu zugezogene Familien"). */
  'offer.audience': 'Zielgruppe: {audience}',
  'offer.registration.none': 'ohne Anmeldung',
  'offer.registration.required': 'Anmeldung erforderlich',
  'offer.registration.appointment': 'nur nach Vereinbarung',
  'offer.free': 'kostenlos',
  'offer.languages': 'Sprachen: {list}',
  'offer.provider': 'Anbieter: {name}',
  'offer.contact': 'Kontakt',
  'offer.more': 'Mehr zu {name}',
  /** The heading of the offers the feed names no place for. */
  'offer.unplaced': 'Ort auf Anfrage',
} as const;
