/** German texts of the language switch (the `languages` attribute). */
export const deSwitch = {
  'switch.label': 'Sprache',
  /** Announced to screen readers after a change (in the new language). */
  'switch.changed': 'Sprache: {language}',
} as const;
