/** Arabic texts about an offer, shared by the card and the map. */
import type { Message } from '../format.js';
import type { deOffer } from '../de/offer.js';

export const arOffer: Record<keyof typeof deOffer, Message> = {
  'offer.paused': 'متوقف مؤقتًا',
  'offer.next': 'الموعد القادم: {date}',
  'offer.time': 'من {opens} إلى {closes}',
  'offer.at': 'الساعة {time}',
  'offer.audience': 'الفئة المستهدفة: {audience}',
  'offer.registration.none': 'دون تسجيل مسبق',
  'offer.registration.required': 'التسجيل مطلوب',
  'offer.registration.appointment': 'بموعد مسبق فقط',
  'offer.free': 'مجانًا',
  'offer.languages': 'اللغات: {list}',
  'offer.provider': 'الجهة المقدِّمة: {name}',
  'offer.contact': 'التواصل',
  'offer.more': 'المزيد عن {name}',
};
