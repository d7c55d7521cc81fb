/**
 * German texts of where a project or an offer stands (`feed/lifecycle.ts`),
 * and of its day today. `{date}` is a date as precise as the feed gives it;
 * `{time}` the times in words ("10–12 Uhr").
 */
export const deLifecycle = {
  'lifecycle.planned': 'geplant',
  'lifecycle.ended': 'beendet',
  'lifecycle.ended-until': 'beendet (bis {date})',
  'lifecycle.starts': 'startet am {date}',
  'lifecycle.no-current': 'Zurzeit gibt es hier keine aktuellen Angebote.',
  'today.times': 'heute {time}',
  'today.open-now': 'jetzt geöffnet',
  'calendar.add': 'In den Kalender',
  'calendar.add-all': 'Alle Termine in den Kalender',
  /** The button that prints a notice (Aushang) of a place or a project for a stairwell or a window. */
  'print.notice': 'Aushang drucken',
  /** Beside the notice's QR code, above the address it leads to. */
  'print.more': 'Mehr im Netz:',
} as const;
