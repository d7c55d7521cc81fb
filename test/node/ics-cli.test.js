// `quartier-feed ics` (src/cli/ics.ts, from lib/): the calendar file of a
// feed, a project, a place or one offer, parsed and expanded by ical.js; a
// year of its occurrences must be the schedule engine's own dates (a public
// holiday, a closed period and a cancelled day included). Offers that are
// over are left out; nothing current is exit code 1, an unknown id and a
// wrong command line 2. The feed is made up and dated from today in Berlin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { quartierFeed } from './lib/run-cli.js';

const { datesBetween, localNow } = await import('../../lib/feed/schedule.js');
const { addDays, weekdayOf } = await import('../../lib/feed/calendar-days.js');

// From tomorrow on: today's dates may be over (or not) by the time the file is made.
const FROM = addDays(localNow().date, 1);
const TO = addDays(FROM, 365);
/** The second Tuesday from FROM on: a date of the café's rule, cancelled. */
const CANCELLED = [...Array(14).keys()].map((i) => addDays(FROM, i)).filter((d) => weekdayOf(d) === 'TU')[1];

const OFFERS = [
  {
    id: 'cafe',
    name: 'Nachbarschaftscafé (erfunden)',
    project: 'jetzt',
    place: 'treff',
    schedule: {
      rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }],
      exceptHolidays: 'NI',
      closed: [{ from: addDays(FROM, 60), to: addDays(FROM, 80), reason: 'Sommerferien' }],
      exceptions: [{ date: CANCELLED, reason: 'fällt aus' }],
    },
  },
  {
    id: 'kurs',
    name: 'Nähkurs (erfunden)',
    project: 'jetzt',
    place: 'saal',
    schedule: { rules: [{ freq: 'monthly', byDay: ['FR'], bySetPos: -1, opens: '18:00', closes: '24:00' }] },
  },
  { id: 'termin', name: 'Sprechstunde (erfunden)', project: 'jetzt', schedule: { rules: [], byAppointment: true } },
  { id: 'alt', name: 'Altes Angebot (erfunden)', project: 'alt', place: 'treff', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] } },
];

const FEED = {
  version: '1.1',
  language: 'de',
  projects: [
    { id: 'jetzt', name: 'Musterprojekt (erfunden)' },
    { id: 'alt', name: 'Altes Projekt (erfunden)', period: { start: '2012', end: '2021-12-31' } },
  ],
  places: [
    { id: 'treff', name: 'Quartierstreff (erfunden)', project: 'jetzt', address: { street: 'Musterstraße 1', postalCode: '38723', locality: 'Seesen' } },
    { id: 'saal', name: 'Gemeindesaal (erfunden)', project: 'jetzt' },
  ],
  offers: OFFERS,
};

function withFeed(fn) {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quartier-ics-'));
    try {
      const feed = join(dir, 'feed.json');
      writeFileSync(feed, JSON.stringify(FEED));
      await fn(dir, feed);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Each event's UID prefix (the offer) and its occurrences from FROM to TO, as "YYYY-MM-DD HH:MM". */
function expand(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const start = ICAL.Time.fromDateString(FROM);
  const end = ICAL.Time.fromDateString(TO);
  end.day += 1;
  const seen = new Map();
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const offer = event.uid.split('-')[0];
    const list = seen.get(offer) ?? [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      const s = next.toString();
      if (next.compare(start) >= 0) list.push(`${s.slice(0, 10)} ${s.slice(11, 16)}`);
      if (!event.isRecurring()) break;
    }
    seen.set(offer, list.sort());
  }
  return { calendar, seen };
}

const engine = (offer) =>
  datesBetween(offer, FROM, TO)
    .occurrences.map((o) => `${o.date} ${o.opens}`)
    .sort();

test(
  "the whole feed: the current offers with dates, each a year of the engine's dates; by appointment and ended left out",
  withFeed(async (dir, feed) => {
    const out = join(dir, 'kalender', 'alle.ics');
    const { code, stdout } = await quartierFeed(['ics', feed, '--out', out]);
    assert.equal(code, 0);
    assert.equal(stdout.trim(), `2 Angebote in ${out} geschrieben.`);
    const { calendar, seen } = expand(readFileSync(out, 'utf8'));
    assert.deepEqual([...seen.keys()].sort(), ['cafe', 'kurs']);
    for (const offer of OFFERS.slice(0, 2)) {
      assert.ok(seen.get(offer.id).length > 5, offer.id);
      assert.deepEqual(seen.get(offer.id), engine(offer), offer.id);
    }
    assert.ok(!seen.get('cafe').includes(`${CANCELLED} 10:00`), 'the cancelled Tuesday');
    const cafe = calendar.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid').startsWith('cafe-'));
    assert.equal(cafe.getFirstPropertyValue('summary'), 'Nachbarschaftscafé (erfunden)');
    assert.equal(cafe.getFirstPropertyValue('location'), 'Quartierstreff (erfunden), Musterstraße 1, 38723 Seesen');
    assert.match(cafe.getFirstPropertyValue('description'), /^jeden Dienstag, 10–12 Uhr, außer an Feiertagen/);
  }),
);

test(
  '--offer, --place and --project choose; --lang en words the texts in English',
  withFeed(async (dir, feed) => {
    for (const [option, id, offers] of [
      ['--offer', 'kurs', ['kurs']],
      ['--place', 'treff', ['cafe']],
      ['--project', 'jetzt', ['cafe', 'kurs']],
    ]) {
      const out = join(dir, `${id}.ics`);
      const { code } = await quartierFeed(['ics', feed, option, id, '--out', out, '--lang', 'en']);
      assert.equal(code, 0, `${option} ${id}`);
      const { calendar, seen } = expand(readFileSync(out, 'utf8'));
      assert.deepEqual([...seen.keys()].sort(), offers, `${option} ${id}`);
      if (id === 'kurs') assert.match(calendar.getFirstSubcomponent('vevent').getFirstPropertyValue('description'), /^on the last Friday of the month/);
    }
  }),
);

test(
  'nothing current is exit code 1 and no file; an unknown id and a wrong command line are 2',
  withFeed(async (dir, feed) => {
    const out = join(dir, 'x.ics');
    let r = await quartierFeed(['ics', feed, '--project', 'alt', '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Keine aktuellen Angebote mit Terminen \(--project alt\)/);
    assert.equal(existsSync(out), false);
    r = await quartierFeed(['ics', feed, '--offer', 'termin', '--out', out]);
    assert.equal(r.code, 1);
    r = await quartierFeed(['ics', feed, '--offer', 'gibt-es-nicht', '--out', out]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /keinen Eintrag --offer gibt-es-nicht/);
    for (const args of [
      ['ics', feed],
      ['ics', feed, '--offer', 'kurs', '--place', 'treff', '--out', out],
      ['ics', '--out', out],
    ]) {
      r = await quartierFeed(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Der Befehl „ics“ erwartet/);
    }
    assert.equal(existsSync(out), false);
  }),
);
