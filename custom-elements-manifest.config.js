// `npm run analyze`: the Custom Elements Manifest (custom-elements.json). The
// analyzer reads the element classes (descriptions, methods, getters); the
// widgets' specs give attributes, properties, events, parts, CSS properties
// and slots, and module paths name the package's lib/ files
// (scripts/lib/manifest-from-spec.js).
import { importTs } from './scripts/lib/import-ts.js';
import { manifestFromSpec } from './scripts/lib/manifest-from-spec.js';

const api = await importTs('src/elements/widget-docs.ts');

export default {
  globs: [
    'src/elements/base/quartier-element.ts',
    'src/elements/quartier-card/quartier-card.ts',
    'src/elements/partner-list/partner-list.ts',
    'src/elements/offer-map/offer-map.ts',
    'src/elements/quartier-agenda/quartier-agenda.ts',
    'src/elements/quartier-directory/quartier-directory.ts',
  ],
  litelement: true,
  plugins: [manifestFromSpec(api)],
};
