/** German texts of <partner-list>. */
export const dePartners = {
  'partners.projects': { one: 'Beteiligt an einem Projekt', other: 'Beteiligt an {count} Projekten' },
  'partners.unknown-filter': 'Attribut „{name}“: unbekannte Werte werden ignoriert: {value} (möglich: {allowed}).',
} as const;
