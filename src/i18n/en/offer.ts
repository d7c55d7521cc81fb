/** English texts about an offer, shared by the card and the map. */
import type { Message } from '../format.js';
import type { deOffer } from '../de/offer.js';

export const enOffer: Record<keyof typeof deOffer, Message> = {
  'offer.paused': 'paused for now',
  'offer.next': 'Next date: {date}',
  'offer.time': '{opens}–{closes}',
  'offer.at': '{time}',
  'offer.audience': 'For {audience}',
  'offer.registration.none': 'no registration needed',
  'offer.registration.required': 'registration required',
  'offer.registration.appointment': 'by appointment only',
  'offer.free': 'free of charge',
  'offer.languages': 'Languages: {list}',
  'offer.provider': 'Provided by {name}',
  'offer.contact': 'Contact',
  'offer.more': 'More about {name}',
};
