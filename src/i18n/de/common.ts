/** German texts every element's shell needs before its view arrives: the states. */
export const deCommon = {
  'state.loading': 'Wird geladen …',
  'state.empty': 'Hierzu gibt es im Feed noch keine Einträge.',
} as const;
