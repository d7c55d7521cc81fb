/** German texts of <partner-list>. */
export const dePartners = {
  'partners.projects': { one: 'Beteiligt an einem Projekt', other: 'Beteiligt an {count} Projekten' },
} as const;
