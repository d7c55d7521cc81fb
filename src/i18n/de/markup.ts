/** German texts of the data-quartier markup upgrade: messages for the editor who pasted it. */
export const deMarkup = {
  'markup.unknown-widget': 'data-quartier: „{value}“ ist kein Widget (möglich: {allowed}).',
} as const;
