// Schedule messages that can be grammatical (docs/translations.md, "Schedule
// words"): every table renders every monthly position for every weekday as
// words (no German ordinal dot, no "1." for "last"), the habitual and range
// forms the check allows, the checker's rules for these shapes, the XLIFF notes
// for them, and the snapshot of the sentences of twelve languages
// (docs/schedule-sentences.md).
//   node --test test/node/schedule-shapes.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkTable } from '../../scripts/lib/check-table.js';
import { importTs } from '../../scripts/lib/import-ts.js';
import { loadLanguages, loadSource, loadTable } from '../../scripts/lib/translation-tables.js';
import { writeXliff } from '../../scripts/lib/xliff.js';
import { SENTENCES_FILE, scheduleSentencesDoc } from '../../scripts/schedule-sentences.js';

const source = await loadSource();
const languages = await loadLanguages();
const { describeSchedule } = await importTs('src/i18n/schedule-words.ts');
const { translator } = await importTs('src/i18n/translate.ts');
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const POSITIONS = [1, 2, 3, 4, 5, -1, -2, -3, -4, -5];
const tables = Object.fromEntries(await Promise.all(languages.map(async (l) => [l.tag, l.tag === 'de' ? source : await loadTable(l.tag)])));
const say = (tag, rule) => describeSchedule({ rules: [rule] }, translator(tables[tag], tag, { table: tag, isolate: false }));
const german = (tag) => tag === 'de' || tag === 'de-plain';

test('every table says every weekday at every monthly position, in words', () => {
  const problems = [];
  for (const { tag } of languages) {
    for (const position of POSITIONS) {
      const texts = DAYS.map((day) => say(tag, { freq: 'monthly', byDay: [day], bySetPos: position }));
      texts.forEach((text, i) => {
        const where = `${tag} ${position} ${DAYS[i]}: "${text}"`;
        if (!text.trim() || /[{}]/.test(text)) problems.push(`${where}: empty or a placeholder left`);
        if (!german(tag) && /\d\./.test(text)) problems.push(`${where}: a German ordinal dot`);
        if (position === -1 && /\p{Nd}/u.test(text)) problems.push(`${where}: "last" as a number`);
      });
      if (new Set(texts).size !== DAYS.length) problems.push(`${tag} ${position}: two weekdays read alike`);
    }
    const first = say(tag, { freq: 'monthly', byDay: ['FR'], bySetPos: 1 });
    const last = say(tag, { freq: 'monthly', byDay: ['FR'], bySetPos: -1 });
    if (first === last) problems.push(`${tag}: the first and the last Friday read alike`);
  }
  assert.deepEqual(problems, []);
});

test('a monthly rule with two weekdays names the position for each of them', () => {
  for (const { tag } of languages) {
    const both = say(tag, { freq: 'monthly', byDay: ['MO', 'WE'], bySetPos: 2 });
    const monday = tables[tag]['schedule.nth.2.MO'].replace(/\{day\}.*/, '');
    const wednesday = tables[tag]['schedule.nth.2.WE'].replace(/\{day\}.*/, '');
    // The phrase of each weekday (up to the weekday's name where the phrase uses {day}) is in the sentence.
    assert.ok(both.includes(monday.trim()) && both.includes(wednesday.trim()), `${tag}: "${both}"`);
  }
  assert.equal(say('de', { freq: 'monthly', byDay: ['WE', 'MO'], bySetPos: 2 }), 'jeden zweiten Montag und jeden zweiten Mittwoch im Monat');
  assert.equal(say('pl', { freq: 'monthly', byDay: ['MO', 'WE'], bySetPos: 1 }), 'w pierwszy poniedziałek i w pierwszą środę miesiąca');
});

test('the habitual forms where a language has them, weekly rules with several days, ranges with names', () => {
  const cases = {
    ru: [['TU'], 'по вторникам'],
    uk: [['TU'], 'щовівторка'],
    pl: [['TU'], 'we wtorki'],
    sr: [['TU'], 'уторком'],
    hr: [['TU'], 'utorkom'],
    bg: [['TU'], 'всеки вторник'],
    sq: [['TU'], 'çdo të martë'],
    fr: [['MO', 'WE'], 'tous les lundis et tous les mercredis'],
    es: [['MO', 'WE'], 'los lunes y los miércoles'],
  };
  for (const [tag, [byDay, words]] of Object.entries(cases)) assert.equal(say(tag, { freq: 'weekly', byDay }), words, tag);
  assert.equal(say('fr', { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }), 'du lundi au vendredi');
  assert.equal(say('ru', { freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'] }), 'понедельник–пятница');
  assert.equal(say('en', { freq: 'monthly', byDay: ['TU'], bySetPos: 2 }), 'on the second Tuesday of the month');
  assert.equal(say('el', { freq: 'monthly', byDay: ['SA'], bySetPos: 1 }), 'το πρώτο Σάββατο του μήνα');
  assert.equal(say('it', { freq: 'monthly', byDay: ['SU'], bySetPos: 1 }), 'la prima domenica del mese');
  assert.equal(say('vi', { freq: 'monthly', byDay: ['TU'], bySetPos: 2 }), 'vào Thứ Ba lần thứ hai của mỗi tháng');
});

test('the checker refuses ordinals as numbers and ranges without both ends', () => {
  const en = tables.en;
  const problems = (changes, tag = 'en') => checkTable(tag, { ...en, ...changes }, source);
  assert.deepEqual(problems({}), []);
  assert.match(problems({ 'schedule.nth.1.MO': '1. {day}' }).join('\n'), /schedule\.nth\.1\.MO: write the ordinal as a word/);
  assert.match(problems({ 'schedule.nth.-1.FR': '1. {day} from the end' }).join('\n'), /schedule\.nth\.-1\.FR: write the ordinal as a word/);
  assert.deepEqual(problems({ 'schedule.nth.1.MO': 'Monday first' }), [], 'a phrase needs no placeholder');
  assert.match(problems({ 'schedule.weekly.range': '{first} to the end' }).join('\n'), /schedule\.weekly\.range: needs \{last\} or \{lastDay\}/);
  assert.deepEqual(problems({ 'schedule.weekly.range': 'from {firstDay} to {lastDay}' }), []);
  assert.match(problems({ 'schedule.monthly': 'each month' }).join('\n'), /schedule\.monthly: placeholder \{nth\} missing/);
  assert.match(problems({ 'schedule.weekly.one': 'every week' }).join('\n'), /schedule\.weekly\.one: needs \{day\} or \{days\}/);
  assert.match(problems({ 'schedule.nth.2.TU': '{days}' }).join('\n'), /unknown placeholder \{days\}/);
});

test('the XLIFF says what the new shapes need', () => {
  const xliff = writeXliff({ tag: 'uk', language: languages.find((l) => l.tag === 'uk'), source, table: tables.uk });
  const unit = (key) => xliff.slice(xliff.indexOf(`<unit id="${key}">`), xliff.indexOf('</unit>', xliff.indexOf(`<unit id="${key}">`)));
  assert.match(unit('schedule.nth.3.WE'), /the ordinal as a word agreeing with the weekday/);
  assert.match(unit('schedule.nth.3.WE'), /<source>jeden dritten Mittwoch<\/source>/);
  assert.match(unit('schedule.weekly.range'), /\{first\} or \{firstDay\}; \{last\} or \{lastDay\}/);
  assert.match(unit('schedule.monthly'), /\{nth\}/);
});

test('docs/schedule-sentences.md is the snapshot of the sentences of twelve languages (npm run schedule-sentences)', async () => {
  assert.equal(readFileSync(SENTENCES_FILE, 'utf8'), await scheduleSentencesDoc());
});
