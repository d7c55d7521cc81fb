// What format 1.1 adds to a schedule (and the offer status `planned`), in the
// JSON Schema: a feed using all of it passes; each fault the validator drops
// is flagged for editors too; a 1.0 feed passes as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(new URL('../../data/quartier-feed.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function feed(schedule, extra = {}) {
  return { version: '1.1', projects: [{ id: 'p', name: 'P' }], offers: [{ id: 'o', name: 'O', schedule, ...extra }] };
}

const full = {
  text: 'jeden Dienstag, 10 bis 12 Uhr, außer an Feiertagen und in den Schulferien',
  rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }],
  byAppointment: true,
  exceptHolidays: 'NI',
  exceptions: [
    { date: '2026-12-22', reason: 'fällt aus' },
    { date: '2026-12-23', opens: '10:00', closes: '11:00' },
  ],
  closed: [{ from: '2026-07-02', to: '2026-08-12', reason: { de: 'Sommerferien', en: 'summer holidays' } }],
};

test('a feed with every 1.1 schedule field, and a planned offer, passes', () => {
  assert.equal(validate(feed(full, { status: 'planned' })), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...feed({ byAppointment: true }), version: '1' }), true);
});

test('faults in the 1.1 fields are flagged', () => {
  const faults = [
    { ...full, exceptHolidays: 'Niedersachsen' },
    { ...full, exceptHolidays: 'DE-NI' },
    { ...full, byAppointment: 'ja' },
    { ...full, exceptions: [{ date: '2026-12' }] },
    { ...full, exceptions: [{ date: '24.12.2026' }] },
    { ...full, exceptions: [{ reason: 'fällt aus' }] },
    { ...full, exceptions: [{ date: '2026-12-24', opens: '25:00' }] },
    { ...full, closed: [{ from: '2026-07-02' }] },
    { ...full, closed: [{ from: '2026-07-02', to: '12.08.2026' }] },
  ];
  for (const schedule of faults) assert.equal(validate(feed(schedule)), false, JSON.stringify(schedule));
  assert.equal(validate(feed(full, { status: 'geplant' })), false);
});
