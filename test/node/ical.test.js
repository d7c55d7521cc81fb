// Calendar files (src/feed/ical.ts, read from lib/): parsed and expanded by
// ical.js (a maintained iCalendar library), a year of their occurrences must
// be the schedule engine's own dates — holidays, closed periods, cancelled,
// changed and extra days, one-off dates, 24:00 and the summer-time changes
// included; and the text is escaped and folded as RFC 5545 says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';

const { calendarFile, escapeText, foldLine } = await import('../../lib/feed/ical.js');
const { datesBetween, localNow } = await import('../../lib/feed/schedule.js');

const NOW = new Date('2026-03-01T09:00:00Z');
const TODAY = localNow(NOW).date;
const YEAR_END = '2027-02-28';

/** The occurrences a calendar program sees from today to YEAR_END, as "YYYY-MM-DD HH:MM" (or the day alone). */
function expand(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const seen = [];
  const end = ICAL.Time.fromDateString(YEAR_END);
  end.day += 1;
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.compare(end) < 0; next = iterator.next()) {
      const s = next.toString();
      seen.push(next.isDate ? s : `${s.slice(0, 10)} ${s.slice(11, 16)}`);
      if (!event.isRecurring()) break;
    }
  }
  return seen.sort();
}

function engine(offer) {
  return datesBetween(offer, TODAY, YEAR_END)
    .occurrences.map((o) => (o.opens ? `${o.date} ${o.opens}` : o.date))
    .sort();
}

const offers = {
  'weekly, holidays, closed, exceptions': {
    schedule: {
      rules: [{ freq: 'weekly', byDay: ['TU', 'TH'], opens: '10:00', closes: '12:00' }],
      exceptHolidays: 'NI',
      closed: [{ from: '2026-07-02', to: '2026-08-12', reason: { de: 'Sommerferien' } }],
      exceptions: [
        { date: '2026-12-24', reason: { de: 'Heiligabend' } },
        { date: '2026-12-22', opens: '14:00', closes: '15:00' },
        { date: '2026-12-27', opens: '11:00', closes: '13:00' },
      ],
    },
    dates: [],
    status: 'active',
  },
  'monthly last Friday until midnight, skipping holidays, valid through 2026': {
    schedule: { rules: [{ freq: 'monthly', byDay: ['FR'], bySetPos: -1, opens: '20:00', closes: '24:00' }], exceptHolidays: 'DE', validThrough: '2026-12' },
    dates: [],
    status: 'active',
  },
  'first Monday, whole day, from May; a Sunday rule over both summer-time changes; one-off dates': {
    schedule: {
      rules: [
        { freq: 'monthly', byDay: ['MO'], bySetPos: 1 },
        { freq: 'weekly', byDay: ['SU'], opens: '02:30', closes: '04:00' },
      ],
      validFrom: '2026-05',
      exceptHolidays: 'BY',
    },
    dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T18:00' }, { start: '2026-09-05' }, { start: '2025-09-05' }],
    status: 'active',
  },
};

for (const [name, offer] of Object.entries(offers)) {
  test(`a year of the calendar file's dates is the engine's: ${name}`, () => {
    const ics = calendarFile([{ id: 'o', name: 'Nachbarschaftscafé (erfundenes Beispiel)', offer }], { now: NOW });
    const expected = engine(offer);
    assert.ok(expected.length > 5, `${expected.length} dates`);
    assert.deepEqual(expand(ics), expected);
  });
}

test('the file is RFC 5545 text: CRLF lines of at most 75 octets, escaped text, a VTIMEZONE, nothing for ended offers', () => {
  const description = 'Kaffee, Kuchen; Gespräche\\Rat\nzweite Zeile – ' + 'ä'.repeat(80);
  const ics = calendarFile(
    [
      {
        id: 'cafe',
        name: 'Café, Treff; Rat',
        description,
        location: 'Musterstraße 1, 00000 Musterstadt',
        url: 'https://www.example.org/cafe',
        offer: offers['weekly, holidays, closed, exceptions'],
      },
    ],
    { now: NOW },
  );
  assert.ok(ics.endsWith('\r\n'));
  const lines = ics.split('\r\n').slice(0, -1);
  for (const line of lines) assert.ok(Buffer.byteLength(line) <= 75, line);
  assert.ok(!/[^\r]\n/.test(ics), 'bare LF');
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
  assert.equal(vevent.getFirstPropertyValue('summary'), 'Café, Treff; Rat');
  assert.equal(vevent.getFirstPropertyValue('description'), description);
  assert.equal(vevent.getFirstPropertyValue('url'), 'https://www.example.org/cafe');
  assert.match(ics, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
  assert.match(ics, /DTSTART;TZID=Europe\/Berlin:20260303T100000/);
  // Ascension (a Thursday), a day in the summer holidays, Christmas Eve (cancelled) and 22 December (changed) are excluded.
  const exdate = ics
    .replace(/\r\n /g, '')
    .match(/EXDATE;TZID=Europe\/Berlin:([0-9T,]*)/)[1]
    .split(',');
  for (const day of ['20260514T100000', '20260702T100000', '20261224T100000', '20261222T100000']) assert.ok(exdate.includes(day), day);
  assert.ok(!exdate.includes('20260402T100000'), 'Maundy Thursday is no public holiday');
  assert.equal(
    calendarFile([{ id: 'x', name: 'X', offer: { ...offers['weekly, holidays, closed, exceptions'], status: 'ended' } }], { now: NOW }).includes('VEVENT'),
    false,
  );
});

test('escapeText and foldLine', () => {
  assert.equal(escapeText('a,b;c\\d\r\ne\u0007'), 'a\\,b\\;c\\\\d\\ne');
  const folded = foldLine(`DESCRIPTION:${'€'.repeat(40)}`);
  for (const line of folded.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
  assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'€'.repeat(40)}`);
});
