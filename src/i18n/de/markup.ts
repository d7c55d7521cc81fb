/** German texts of the data-quartier markup upgrade: messages for the editor who pasted it. */
export const deMarkup = {
  'markup.unknown-widget': 'data-quartier: „{value}“ ist kein Widget (möglich: card, partner-list, offer-map).',
  'markup.bad-value': 'data-{name}: „{value}“ ist nicht erlaubt (möglich: {allowed}); der Wert wird nicht verwendet.',
} as const;
