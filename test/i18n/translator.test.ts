// The translator: composed from a language's table and the German texts of
// the view that asks (no page-wide German table), and typed per key: each key
// takes the parameters its German source message names. The
// `@ts-expect-error` lines are checked by `tsc --noEmit` (npm run typecheck):
// should a wrong or missing parameter stop being a type error, tsc fails on
// the unused directive.
import { expect } from '@open-wc/testing';
import { deCard } from '../../src/i18n/de/card.js';
import { deCommon } from '../../src/i18n/de/common.js';
import { deEditor } from '../../src/i18n/de/editor.js';
import { deSwitch } from '../../src/i18n/de/switch.js';
import { translator, type Translate } from '../../src/i18n/translate.js';

const german = { ...deCommon, ...deCard, ...deSwitch };

describe('the translator', () => {
  it("says a key the language's table lacks in the view's own German", () => {
    const t = translator({ 'switch.label': 'Language' }, 'en', { german, table: 'en' });
    expect(t('switch.label')).to.equal('Language');
    expect(t('state.loading')).to.equal('Wird geladen …');
  });

  it('knows no German but what it is given: another view’s key comes back as the key', () => {
    const t = translator({}, 'de', { german: deCommon });
    expect(t('state.loading')).to.equal('Wird geladen …');
    expect(t('card.about')).to.equal('card.about');
    // A second translator with more German does not change the first.
    expect(translator({}, 'de', { german }).lang).to.equal('de');
    expect(t('card.about')).to.equal('card.about');
  });

  it('fills the parameters of a key, plural forms by count', () => {
    const t = translator({}, 'de', { german });
    expect(t('switch.changed', { language: 'Deutsch' })).to.equal('Sprache: Deutsch');
    expect(t('card.inhabitants', { value: '1', count: 1 })).to.equal('1 Einwohnerin oder Einwohner');
    expect(t('card.inhabitants', { value: '2.300', count: 2300 })).to.equal('2.300 Einwohnerinnen und Einwohner');
    expect(t('card.radius', { value: 2 })).to.equal('Sozialraum: Radius 2 km');
  });

  it('reads the editor texts when given them', () => {
    const t = translator({}, 'de', { german, editor: deEditor });
    expect(t('warning.where.record', { list: 'Ort', record: 'Treff' })).to.equal('Ort „Treff“');
  });
});

/** Never called: what `tsc` must reject (each line below its directive is a type error). */
export function typeErrors(t: Translate): string[] {
  return [
    // @ts-expect-error a missing parameter: "Sprache: {language}"
    t('switch.changed'),
    // @ts-expect-error a wrong parameter name
    t('switch.changed', { lang: 'ar' }),
    // @ts-expect-error an extra parameter besides the right one
    t('switch.changed', { language: 'Deutsch', name: 'x' }),
    // @ts-expect-error a parameter for a message without placeholders
    t('state.loading', { count: 1 }),
    // @ts-expect-error a plural message needs its count
    t('card.inhabitants', { value: '3' }),
    // @ts-expect-error a parameter that is neither a string nor a number
    t('card.radius', { value: true }),
    // @ts-expect-error a key no German text has
    t('card.no-such-key'),
    // @ts-expect-error an editor text's parameters are typed too: "{list} „{record}“"
    t('warning.where.record', { list: 'Ort' }),
  ];
}

/** Never called: what `tsc` must accept. */
export function typeFine(t: Translate, day: 'MO' | 'TU'): string[] {
  return [
    t('state.loading'),
    t('switch.changed', { language: 'Deutsch' }),
    t('card.inhabitants', { value: '3', count: 3 }),
    // A parameter a translation may use though German does not (de/schedule.ts): the day's name.
    t(`schedule.day.${day}`, { day: 'Montag' }),
    // Braces German shows as they are: not parameters.
    t('map.bad-tiles', { value: 'x' }),
  ];
}
