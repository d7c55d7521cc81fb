// The layer rules of docs/architecture.md are lint errors: one import that
// breaks a rule fails `npm run lint`. Each case lints a file that is not on
// disk (ESLint's API with the project's own eslint.config.js) at a place in
// a layer, and checks that the layer rule reports it, or that an import the
// layers allow passes. The type-aware rules are left out here: they need the
// file in the TypeScript project, and say nothing about imports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
});

/** The layer rule's messages for `code` in a file at `filePath` (from the project root). */
async function layerErrors(filePath, code) {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${root}${filePath}` });
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], 'the probe parses');
  return result.messages.filter((m) => m.ruleId === 'layers/imports').map((m) => m.message);
}

const BROKEN = [
  ['src/feed/probe.ts', "import { html } from 'lit';", "package 'lit'"],
  ['src/feed/probe.ts', "import '@lit/task';", "package '@lit/task'"],
  ['src/feed/probe.ts', "import { translator } from '../i18n/translate.js';", "'src/i18n/translate.js'"],
  ['src/feed/probe.ts', "import type { WidgetError } from '../elements/base/widget-error.js';", "'src/elements/base/widget-error.js'"],
  ['src/feed/probe.ts', "export const later = () => import('../map/load-map.js');", "'src/map/load-map.js'"],
  ['src/feed/probe.ts', "import { findFieldHints } from '../authoring/field-hints.js';", "'src/authoring/field-hints.js'"],
  [
    'src/elements/quartier-card/probe.ts',
    "import { partnerGroups } from '../partner-list/partner-groups.js';",
    "'src/elements/partner-list/partner-groups.js'",
  ],
  ['src/elements/partner-list/probe.ts', "export { mapModel } from '../offer-map/map-model.js';", "'src/elements/offer-map/map-model.js'"],
  // A registration may register an element it shows, and nothing else of that element.
  ['src/elements/quartier-directory/define.ts', "import '../quartier-card/quartier-card.view.js';", "'src/elements/quartier-card/quartier-card.view.js'"],
  ['src/elements/shared/probe.ts', "export type Card = typeof import('../quartier-card/quartier-card.js');", "'src/elements/quartier-card/quartier-card.js'"],
  ['src/elements/offer-map/probe.ts', "import * as L from 'leaflet';", "package 'leaflet'"],
  ['src/elements/offer-map/probe.ts', "import KDBush from 'kdbush';", "package 'kdbush'"],
  ['src/elements/offer-map/probe.ts', "export const chunk = () => import('../../map/create-map.js');", "'src/map/create-map.js'"],
  ['src/elements/offer-map/probe.ts', "import '../../map/leaflet.js';", "'src/map/leaflet.js'"],
  ['pages/editor/probe.ts', "import 'leaflet';", "package 'leaflet'"],
  ['src/elements/base/probe.ts', "import { checkFeedText } from '../../checker/check.js';", "'src/checker/check.js'"],
  ['src/map/probe.ts', "import { exportHsds } from '../interop/hsds-export.js';", "'src/interop/hsds-export.js'"],
  ['src/elements/quartier-directory/probe.ts', "import { harvest } from '../../harvest/harvest.js';", "'src/harvest/harvest.js'"],
  ['src/harvest/probe.ts', "import { keyFacts } from '../elements/quartier-card/key-facts.js';", "'src/elements/quartier-card/key-facts.js'"],
  ['src/interop/probe.ts', "import { tokens } from '../styles/tokens.js';", "'src/styles/tokens.js'"],
  ['src/markup/probe.ts', "export const fields = () => import('../authoring/feed-fields.js');", "'src/authoring/feed-fields.js'"],
  ['src/map/probe.ts', "import { fire } from '../elements/base/events.js';", "'src/elements/base/events.js'"],
  ['src/i18n/probe.ts', "import { mailHref } from '../elements/shared/links.js';", "'src/elements/shared/links.js'"],
  ['pages/probe.ts', "import { MapModel } from '../src/elements/offer-map/map-model.js';", "'src/elements/offer-map/map-model.js'"],
  ['pages/editor/probe.ts', "import { QuartierElement } from '../../src/elements/base/quartier-element.js';", "'src/elements/base/quartier-element.js'"],
  ['demo/probe.ts', "import { setMapConsent } from '../src/elements/shared/map-consent.js';", "'src/elements/shared/map-consent.js'"],
];

const ALLOWED = [
  ['src/elements/quartier-directory/define.ts', "import '../quartier-card/define.js';"],
  ['src/feed/probe.ts', "import { isRecord } from './checks.js';"],
  ['src/checker/probe.ts', "import { validateFeed } from '../feed/validate.js';\nimport { findFieldHints } from '../authoring/field-hints.js';"],
  [
    'src/elements/quartier-card/probe.ts',
    "import { mailHref } from '../shared/links.js';\nimport { fire } from '../base/events.js';\nimport { html } from 'lit';",
  ],
  ['src/elements/offer-map/probe.ts', "import { loadMap, type MapHandle } from '../../map/load-map.js';"],
  ['src/map/probe.ts', "import KDBush from 'kdbush';\nimport * as L from './leaflet.js';"],
  ['src/i18n/probe.ts', "import type { FeedError } from '../feed/errors.js';"],
  [
    'src/harvest/probe.ts',
    "import { isRecord } from '../feed/checks.js';\nimport { translator } from '../i18n/translate.js';\nimport { exportHsds } from '../interop/hsds-export.js';",
  ],
  [
    'pages/probe.ts',
    "import { WIDGETS } from '../src/elements/widgets.js';\nimport { cardSpec } from '../src/elements/quartier-card/quartier-card.spec.js';\nimport '../src/elements/offer-map/define.js';",
  ],
  [
    'pages/editor/probe.ts',
    "import { checkFeedText } from '../../src/checker/check.js';\nimport { isRecord } from '../../src/feed/checks.js';\nimport { loadMap } from '../../src/map/load-map.js';",
  ],
  ['demo/probe.ts', "import { setMapConsent, type QuartierElement } from '../src/index.js';"],
];

describe('layer rules (eslint.config.js, scripts/eslint-layers.js)', () => {
  for (const [file, code, target] of BROKEN) {
    it(`${file}: ${code.split('\n')[0]} fails lint`, async () => {
      const errors = await layerErrors(file, code);
      assert.equal(errors.length, 1, `one layer error, got ${JSON.stringify(errors)}`);
      assert.match(errors[0], new RegExp(`may not import ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });
  }
  for (const [file, code] of ALLOWED) {
    it(`${file}: ${code.split('\n').join(', ')} passes`, async () => {
      assert.deepEqual(await layerErrors(file, code), []);
    });
  }
});
