/**
 * What the translators (language models) and the language review were
 * unsure of, per table: where a native reviewer should look first. The list
 * in docs/translations.md ("Known doubts") is written from this
 * (`npm run translations -- status`), and the review page
 * (pages/review.html) shows each doubt beside the strings it concerns. Not
 * part of the widgets: nothing in src/elements imports it.
 */
export interface Doubt {
  /** The keys it concerns; `prefix.*` stands for every key under the prefix. */
  readonly keys?: readonly string[];
  /** Or a word: every string of the table that contains it. */
  readonly word?: string;
  /** The doubt, in English. */
  readonly text: string;
}

/** Doubts of every table (`*`) and of single tables, by tag. */
export const TABLE_DOUBTS: Readonly<Record<string, readonly Doubt[]>> = {
  '*': [
    { keys: ['role.*', 'orgType.*', 'category.*'], text: 'Role, organisation-type and category labels: check these first.' },
    {
      keys: ['schedule.nth.-3.*', 'schedule.nth.-4.*', 'schedule.nth.-5.*'],
      text: 'Third to fifth from the end of the month: worded "… from the end" in most languages; the least natural monthly rules (and the rarest).',
    },
  ],
  'de-plain': [
    { word: 'Geld-Geber', text: '"Geld-Geber" for Förderer.' },
    { word: 'Themen', text: '"Themen" for Handlungsfelder.' },
    { keys: ['offer.audience'], text: '"Für wen" for Zielgruppe.' },
    { keys: ['role.lead'], text: '"Leitet das Projekt" for Träger (was "Verantwortlich").' },
    { keys: ['card.about', 'card.figures', 'card.quarter'], text: 'Hard words (Quartier, Träger, Förderung) are not explained anywhere in Leichte Sprache.' },
  ],
  ar: [
    { word: 'أنشطة', text: 'أنشطة/نشاط is now the word for "Angebot" everywhere (was partly عروض, which also means "show").' },
    { keys: ['card.inhabitants', 'card.dwellers', 'card.units'], text: 'The dual form is written without the numeral (نسمتان).' },
  ],
  fa: [
    { word: 'برنامه', text: 'برنامه for "Angebot".' },
    { word: 'محل دیدار', text: 'محل دیدار for "Treffpunkt".' },
    { word: 'سازمان مجری', text: 'سازمان مجری for "Träger".' },
  ],
  prs: [
    { word: 'فایل معلومات', text: 'The Afghan register: فایل معلومات for the data file.' },
    { word: 'شاروالی', text: 'شاروالی for the municipality.' },
  ],
  ps: [
    { keys: ['calendar.weekdays'], text: 'Mixed Persian/Pashto weekday names (Intl supplies دونۍ …).' },
    { word: 'د ټولنیزې هوساینې سازمان', text: 'The word for a welfare organisation.' },
    { keys: ['schedule.nth.*'], text: 'Feminine ordinals (لومړۍ) for every weekday.' },
  ],
  ur: [{ word: 'بلدیہ', text: 'بلدیہ for the municipality.' }],
  ckb: [
    { word: 'خزمەتگوزاری', text: 'خزمەتگوزاری for "Angebot".' },
    { keys: ['schedule.nth.-2.*', 'schedule.nth.-3.*', 'schedule.nth.-4.*', 'schedule.nth.-5.*'], text: 'The monthly rules counted from the end.' },
  ],
  kmr: [
    { keys: ['calendar.months'], text: 'Month names (rêbendan … or Çile/Kanûna Paşîn).' },
    { word: 'xizmet', text: 'xizmet for "Angebot".' },
    {
      keys: ['more.show', 'card.fold.less', 'map.fit', 'map.consent.button', 'map.retry', 'calendar.add', 'calendar.add-all'],
      text: 'Buttons now address the reader in the plural (bikin), as the sentences do (Hûn).',
    },
  ],
  ti: [
    { keys: ['calendar.months'], text: 'Month names (Eritrean Gregorian).' },
    { word: 'መሻርኽቲ', text: 'መሻርኽቲ for partners.' },
    { word: 'ፋይል ሓበሬታ', text: 'ፋይል ሓበሬታ for the data file.' },
  ],
  am: [{ keys: ['schedule.time.*', 'offer.time', 'offer.at'], text: 'Times are in international, not Ethiopian, hours.' }],
  so: [
    { keys: ['schedule.nth.*', 'schedule.monthly'], text: 'The monthly rules ("maalinta … ee labaad").' },
    { word: 'meelood', text: '"meelood".' },
    { word: 'kursiga naafada', text: '"kursiga naafada" for wheelchair.' },
    { keys: ['state.offline', 'state.offline.undated'], text: 'The reader is now addressed in the singular throughout (aad aragto), as the buttons do.' },
  ],
  uk: [
    { keys: ['schedule.weekly.range', 'schedule.days.range'], text: 'Ranges of days in the nominative ("понеділок–пʼятниця"), not "з понеділка по пʼятницю".' },
    { keys: ['role.funder'], text: '"Фінансувальник" for a funder that may be a Land (was "Донор").' },
    {
      keys: ['card.since', 'card.until', 'schedule.valid.from', 'schedule.valid.through'],
      text: 'Dates after labels ("початок: …") instead of prepositions with cases.',
    },
  ],
  ru: [
    {
      keys: ['schedule.weekly.range', 'schedule.days.range'],
      text: 'Ranges of days in the nominative ("понедельник–пятница"), not "с понедельника по пятницу".',
    },
    { keys: ['role.funder'], text: '"Финансирующая сторона" for a funder that may be a Land (was "Спонсор").' },
  ],
  tr: [
    { word: 'hizmet', text: '"hizmet".' },
    { word: 'bileşen', text: '"bileşen" for widget.' },
  ],
  pl: [
    { word: 'Osiedle', text: '"Osiedle" for Quartier.' },
    { word: 'Organizacja charytatywna', text: '"Organizacja charytatywna" for Wohlfahrtsverband.' },
    { keys: ['schedule.weekly.range', 'schedule.days.range'], text: 'Ranges of days in the nominative ("poniedziałek–piątek").' },
  ],
  ro: [{ keys: ['card.until', 'card.to', 'schedule.valid.through'], text: '"până la" before dates.' }],
  bg: [{ keys: ['schedule.nth.*'], text: 'The monthly rules, rewritten ("всяка първа сряда на месеца", was "1. сряда").' }],
  sq: [
    { word: 'Komunë', text: '"Komunë" (Kosovo) or "bashki".' },
    {
      keys: ['schedule.day.*', 'schedule.nth.*'],
      text: 'Habitual forms "çdo të martë" and "të martën e parë": the browser has no Albanian date data, the names come from calendar.weekdays.',
    },
  ],
  sr: [
    { word: 'седмиц', text: '"седмица" or "недеља" for week.' },
    { word: 'Насеље', text: '"Насеље" for Quartier.' },
  ],
  hr: [
    { word: 'Kvart', text: '"Kvart" for Quartier.' },
    { keys: ['schedule.nth.-3.*', 'schedule.nth.-4.*', 'schedule.nth.-5.*'], text: '"trećeg od kraja ponedjeljka u mjesecu": word order.' },
  ],
  bs: [{ keys: ['schedule.nth.-3.*', 'schedule.nth.-4.*', 'schedule.nth.-5.*'], text: '"od kraja": word order.' }],
  mk: [{ keys: ['schedule.nth.*'], text: 'The monthly rules, rewritten ("секој прв понеделник на месецот", was "во првата седмица").' }],
  ka: [{ keys: ['schedule.nth.*'], text: 'Sunday is written "კვირა დღეს" in monthly rules (კვირა alone is also "week").' }],
  fr: [
    {
      keys: ['schedule.day.*', 'schedule.weekly.many'],
      text: 'Several days repeat "tous les" ("tous les lundis et tous les mercredis"), so that a list can hold a range too.',
    },
  ],
  it: [{ keys: ['schedule.day.*'], text: 'Habitual forms with the article ("il lunedì e il mercoledì").' }],
  pt: [
    { keys: ['card.inhabitants', 'card.dwellers', 'card.units'], text: 'European Portuguese; 0 counts as "one" in Intl.' },
    { keys: ['schedule.nth.-4.*', 'schedule.nth.-5.*'], text: '"a contar do fim".' },
  ],
  nl: [
    { word: 'Penvoerder', text: '"Penvoerder" for Träger.' },
    { word: 'Woningcorporatie', text: '"Woningcorporatie" for Wohnungsunternehmen.' },
  ],
  el: [
    { keys: ['schedule.separator'], text: '"·" between rules.' },
    {
      keys: ['schedule.cancelled', 'schedule.changed'],
      text: 'A colon before the date ("ακυρώνεται: Πέμπτη …"), since the article would depend on the weekday.',
    },
  ],
  cs: [
    { word: 'Nositel projektu', text: '"Nositel projektu" for Träger.' },
    { word: 'Farnost', text: '"Farnost" for Kirchengemeinde.' },
  ],
  sk: [
    { word: 'Nositeľ projektu', text: '"Nositeľ projektu" for Träger.' },
    { word: 'Farnosť', text: '"Farnosť" for Kirchengemeinde.' },
  ],
  sl: [{ keys: ['schedule.time.*'], text: 'Clock times without "h" or "ure".' }],
  hu: [{ word: 'Lakásgazdálkodó', text: '"Lakásgazdálkodó cég" for Wohnungsunternehmen.' }],
  fi: [{ word: 'palvelu', text: '"palvelu" for "Angebot".' }],
  et: [{ word: 'tegevus', text: '"tegevus" for "Angebot".' }],
  da: [{ word: 'tilbud', text: '"tilbud" for "Angebot".' }],
  sv: [{ word: 'aktivitet', text: '"aktivitet" for "Angebot".' }],
  nb: [{ word: 'tilbud', text: '"tilbud" for "Angebot".' }],
  lv: [{ keys: ['schedule.nth.*'], text: 'The monthly rules ("katra mēneša pirmajā pirmdienā").' }],
  lt: [
    { keys: ['schedule.nth.*'], text: 'The monthly rules ("kiekvieno mėnesio pirmąjį pirmadienį").' },
    { word: 'Kvartalas', text: '"Kvartalas" for Quartier.' },
  ],
  vi: [{ keys: ['schedule.nth.*'], text: '"lần thứ hai" ("the second time"), since "thứ hai" alone also means Monday.' }],
  zh: [
    {
      keys: ['text.separator'],
      text: '"，" joins a date and a time, and also the languages of an offer, where "、" belongs; the offer details should list languages with Intl (a code change).',
    },
  ],
};

/** The doubts of table `tag` about `key` (whose text in that table is `text`). */
export function doubtsOf(tag: string, key: string, text: string): Doubt[] {
  const matches = (doubt: Doubt): boolean =>
    (doubt.keys ?? []).some((k) => (k.endsWith('.*') ? key.startsWith(k.slice(0, -1)) : k === key)) || (doubt.word !== undefined && text.includes(doubt.word));
  return [...(TABLE_DOUBTS['*'] ?? []), ...(TABLE_DOUBTS[tag] ?? [])].filter(matches);
}
