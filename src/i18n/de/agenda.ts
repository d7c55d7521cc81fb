/** German texts of <quartier-agenda> ("Was ist los?"): the groups of dates and the empty list. */
export const deAgenda = {
  'agenda.list': 'Termine',
  'agenda.today': 'Heute',
  'agenda.tomorrow': 'Morgen',
  'agenda.week': 'Diese Woche',
  'agenda.later': 'Später',
  'agenda.appointment': 'Nach Vereinbarung',
  'agenda.empty': 'In den nächsten vier Wochen stehen hier keine Termine an.',
} as const;
