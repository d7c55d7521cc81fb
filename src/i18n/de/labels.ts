/**
 * German texts the views share: link names, "ca." and "über", and the labels of the
 * feed's codes (roles, organisation types, fields of action, categories).
 * They come with the views, not the entry.
 */
export const deLabels = {
  'text.fallback': 'Dieser Text liegt nur auf {language} vor.',
  'text.machine-translated': 'Maschinell übersetzt',
  /** For readers of Leichte Sprache (`de-plain`) only: a text the feed has in standard German alone. */
  'text.no-plain-language': 'Diesen Text gibt es noch nicht in Leichter Sprache.',
  /**
   * German's name as it fits into `text.fallback`, for readers whose browser has no language names in their
   * language (`Intl.DisplayNames`: Chromium on Linux lacks Albanian, Kurmanji, Tigrinya, Somali, Pashto, Sorani, …).
   */
  'language.de': 'Deutsch',
  'link.external': '{label} (externer Link)',
  'link.email': 'E-Mail an {name}',
  'link.phone': '{name} anrufen',
  'number.approximate': 'ca. {value}',
  'number.more-than': 'über {value}',
  'number.less-than': 'unter {value}',
  'number.at-least': 'mindestens {value}',
  /** A place whose position the feed marks as estimated. */
  'place.approximate': 'Lage ungefähr',
  'text.separator': ', ',
  'more.show': 'Weitere anzeigen ({shown} von {total})',

  'role.lead': 'Träger',
  'role.partner': 'Partner',
  'role.funder': 'Förderer',
  'role.owner': 'Eigentümer',
  'role.network': 'Netzwerk',

  'orgType.municipality': 'Kommune',
  'orgType.welfare': 'Wohlfahrtsverband',
  'orgType.housing': 'Wohnungsunternehmen',
  'orgType.church': 'Kirchengemeinde',
  'orgType.association': 'Verein',
  'orgType.school': 'Schule',
  'orgType.state': 'Land / Bund',
  'orgType.company': 'Unternehmen',
  'orgType.other': 'Sonstige',

  'field.image': 'Imageverbesserung und Öffentlichkeitsarbeit',
  'field.social': 'Soziale Aktivitäten und soziale Infrastruktur',
  'field.housing': 'Wohnen und Wohnumfeld',
  'field.health': 'Gesundheitsförderung',
  'field.environment': 'Umwelt und Verkehr',
  'field.education': 'Kultur und Bildung',
  'field.leisure': 'Sport und Freizeit',
  'field.economy': 'Lokale Ökonomie',
  'field.integration': 'Integration und Zusammenleben',
  'field.participation': 'Beteiligung und Engagement',

  'category.counselling': 'Beratung',
  'category.language': 'Sprache',
  'category.meeting': 'Treffpunkt',
  'category.education': 'Bildung',
  'category.health': 'Gesundheit',
  'category.culture': 'Kultur',
  'category.sport': 'Sport',
  'category.children': 'Kinder',
  'category.youth': 'Jugend',
  'category.seniors': 'Seniorinnen und Senioren',
  'category.housing': 'Wohnen',
  'category.other': 'Sonstiges',
} as const;
