/** German text of the one note for an attribute value an element cannot use (its debug notes, the data-quartier upgrade). */
export const deAttribute = {
  'attribute.not-allowed': 'Attribut „{name}“: „{value}“ ist nicht erlaubt (möglich: {allowed}); der Wert wird nicht verwendet.',
} as const;
