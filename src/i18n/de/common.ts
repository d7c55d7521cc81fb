/** German texts every element shares: states, debug notes, editor hints. */
export const deCommon = {
  'state.loading': 'Wird geladen …',
  'state.error.for-editors': 'Hinweis für die Redaktion',
  'state.debug.summary': 'Hinweise zum Feed (nur für die Redaktion sichtbar)',
  'state.debug.none': 'Der Feed hat keine Fehler.',
  'text.fallback': 'Dieser Text liegt nur auf {language} vor.',
  'link.external': '{label} (externer Link)',
  'link.email': 'E-Mail an {name}',
  'link.phone': '{name} anrufen',
} as const;
