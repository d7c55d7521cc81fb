/** German texts of <quartier-card>. Plural messages pick their form by `count`; `{value}` is the formatted number. */
export const deCard = {
  'card.about': 'Über das Projekt',
  'card.figures': 'Quartier und Zahlen',
  'card.municipality': 'Kommune',
  'card.quarter': 'Quartier',
  'card.inhabitants': { one: '{value} Einwohnerin oder Einwohner', other: '{value} Einwohnerinnen und Einwohner' },
  'card.dwellers': { one: '{value} Bewohnerin oder Bewohner', other: '{value} Bewohnerinnen und Bewohner' },
  'card.units': { one: '{value} Wohneinheit', other: '{value} Wohneinheiten' },
  'card.radius': 'Sozialraum: Radius {value} km',
  'card.residents': 'Bewohnerstruktur',
  'card.buildings': 'Bebauung',
  'card.characteristics': 'Besondere Merkmale',
  'card.goals': 'Ziele',
  'card.fields': 'Handlungsfelder',
  'card.partners': 'Beteiligte',
  'card.contacts': 'Ansprechpersonen',
  'card.quotes': 'Stimmen aus dem Projekt',
  'card.funding': 'Förderung',
  'card.per.year': '{amount} pro Jahr',
  'card.per.month': '{amount} pro Monat',
  'card.per.once': '{amount} einmalig',
  'card.period': 'Laufzeit',
  'card.since': 'seit {date}',
  'card.until': 'läuft bis {date}',
  'card.to': 'bis {date}',
  'card.ended': 'beendet',
  'card.offers': 'Orte und Angebote',
  /** Key facts under the title: the project's place (municipality and quarter). */
  'card.facts.place': 'Ort',
  /** Key facts under the title: the offer that takes place next, with its date. */
  'card.facts.next': 'Nächstes Angebot',
  /** The name of the table of contents of a narrow card (a navigation landmark); `{name}` is the project's name. */
  'card.contents': 'Inhalt: {name}',
  /** The button under an opened section of a narrow card that folds it again. */
  'card.fold.less': 'Weniger anzeigen',
  'card.links': 'Weitere Informationen',
  'card.photo': 'Foto: {credit}',
  'card.sources': 'Quellen',
  'card.reviewed': 'Stand: {date}',
  /** The languages the project's own texts exist in, e.g. "Deutsch, Arabisch und Ukrainisch". */
  'card.text-languages': 'Texte zum Projekt auf {list}',
} as const;
