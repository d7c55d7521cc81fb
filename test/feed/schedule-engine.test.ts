/**
 * The schedule engine with what format 1.1 adds: public holidays, closed
 * periods, exceptions (cancelled, changed times, extra dates), by
 * appointment, 24:00, "heute" and "jetzt geöffnet", the instant of a wall-clock
 * time across the summer-time changes, and where an offer or project stands
 * (lifecycle). Every test passes a fixed "now".
 */
import { expect } from '@open-wc/testing';
import { offerLifecycle, projectLifecycle } from '../../src/feed/lifecycle.js';
import { datesAllPast, datesBetween, localNow, nextDates, today, zonedInstant, type LocalNow } from '../../src/feed/schedule.js';
import type { Schedule, ScheduleRule } from '../../src/feed/types.js';

const TUESDAY_10_12: ScheduleRule = { freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' };
const LAST_FRIDAY: ScheduleRule = { freq: 'monthly', byDay: ['FR'], bySetPos: -1, opens: '16:00', closes: '18:00' };

const offer = (schedule: Partial<Schedule>, extra: Record<string, unknown> = {}) => ({
  schedule: { rules: [], ...schedule },
  dates: [],
  status: 'active',
  ...extra,
});
const at = (date: string, time = '09:00'): LocalNow => ({ date, time });
const days = (list: readonly { date: string }[]): string[] => list.map((o) => o.date);

describe('schedule engine, format 1.1', () => {
  it('skips the public holidays of the Land: the last Friday of December 2026 is Christmas Day', () => {
    const o = offer({ rules: [LAST_FRIDAY], exceptHolidays: 'NI' });
    expect(days(nextDates(o, { now: at('2026-12-01'), count: 2 }))).to.deep.equal(['2027-01-29', '2027-02-26']);
    // Without the holidays, 25 December is a date.
    expect(days(nextDates(offer({ rules: [LAST_FRIDAY] }), { now: at('2026-12-01'), count: 1 }))).to.deep.equal(['2026-12-25']);
  });

  it('skips only the holidays of its own Land (Reformationstag in Niedersachsen, not in Bayern)', () => {
    const saturday: ScheduleRule = { freq: 'weekly', byDay: ['SA'] };
    expect(days(nextDates(offer({ rules: [saturday], exceptHolidays: 'NI' }), { now: at('2026-10-30'), count: 1 }))).to.deep.equal(['2026-11-07']);
    expect(days(nextDates(offer({ rules: [saturday], exceptHolidays: 'BY' }), { now: at('2026-10-30'), count: 1 }))).to.deep.equal(['2026-10-31']);
  });

  it('skips Easter-based holidays in any year (Easter Monday 2027, 2030)', () => {
    const monday: ScheduleRule = { freq: 'weekly', byDay: ['MO'] };
    const o = offer({ rules: [monday], exceptHolidays: 'DE' });
    expect(days(nextDates(o, { now: at('2027-03-27'), count: 1 }))).to.deep.equal(['2027-04-05']);
    expect(days(nextDates(o, { now: at('2030-04-20'), count: 1 }))).to.deep.equal(['2030-04-29']);
  });

  it('skips closed periods, both ends included, partial dates spanning their month', () => {
    const o = offer({
      rules: [TUESDAY_10_12],
      closed: [
        { from: '2026-07-07', to: '2026-07-21' },
        { from: '2026-08', to: '2026-08' },
      ],
    });
    expect(days(nextDates(o, { now: at('2026-07-01'), count: 3 }))).to.deep.equal(['2026-07-28', '2026-09-01', '2026-09-08']);
  });

  it('cancels a day, changes its times, and adds an extra date, winning over holidays and closed periods', () => {
    const o = offer({
      rules: [TUESDAY_10_12],
      exceptHolidays: 'NI',
      closed: [{ from: '2026-12-28', to: '2027-01-08', reason: { de: 'Weihnachtsferien' } }],
      exceptions: [
        { date: '2026-12-01', reason: { de: 'fällt aus' } },
        { date: '2026-12-08', opens: '14:00', closes: '15:30' },
        { date: '2026-12-12', opens: '10:00', closes: '13:00', reason: { de: 'Adventsbasar' } },
        { date: '2026-12-29', opens: '11:00', closes: '12:00' },
      ],
    });
    expect(nextDates(o, { now: at('2026-11-30'), count: 6 })).to.deep.equal([
      { date: '2026-12-08', opens: '14:00', closes: '15:30', oneOff: false, changed: true },
      { date: '2026-12-12', opens: '10:00', closes: '13:00', oneOff: false, changed: true, reason: { de: 'Adventsbasar' } },
      { date: '2026-12-15', opens: '10:00', closes: '12:00', oneOff: false },
      { date: '2026-12-22', opens: '10:00', closes: '12:00', oneOff: false },
      { date: '2026-12-29', opens: '11:00', closes: '12:00', oneOff: false, changed: true },
      { date: '2027-01-12', opens: '10:00', closes: '12:00', oneOff: false },
    ]);
    const { skipped } = datesBetween(o, '2026-11-30', '2027-01-10');
    expect(skipped.map((s) => `${s.date} ${s.why}`)).to.deep.equal(['2026-12-01 cancelled', '2026-12-08 changed', '2026-12-29 changed', '2027-01-05 closed']);
  });

  it('says "jeden Dienstag außer an Feiertagen, nicht in den Schulferien, am 24.12. fällt es aus" (a Thursday rule here)', () => {
    const thursday: ScheduleRule = { freq: 'weekly', byDay: ['TH'], opens: '15:00', closes: '17:00' };
    const o = offer({
      rules: [thursday],
      exceptHolidays: 'NI',
      closed: [{ from: '2026-07-02', to: '2026-08-12', reason: { de: 'Sommerferien' } }],
      exceptions: [{ date: '2026-12-24', reason: { de: 'Heiligabend' } }],
    });
    const year = datesBetween(o, '2026-01-01', '2026-12-31');
    const dates = days(year.occurrences);
    for (const off of ['2026-05-14', '2026-07-02', '2026-07-30', '2026-08-06', '2026-12-24']) expect(dates, off).not.to.include(off);
    for (const on of ['2026-05-07', '2026-08-13', '2026-12-17', '2026-12-31']) expect(dates, on).to.include(on);
    // 53 Thursdays in 2026, less Ascension, seven in the summer holidays and Christmas Eve.
    expect(dates).to.have.length(53 - 1 - 7 - 1);
  });

  it('gives no dates for a schedule by appointment only, and does not count it as past', () => {
    const o = offer({ byAppointment: true });
    expect(nextDates(o, { now: at('2026-01-01') })).to.deep.equal([]);
    expect(datesAllPast(o, '2030-01-01')).to.equal(false);
  });

  it('treats 24:00 as the end of the day, and is open until then', () => {
    const late: ScheduleRule = { freq: 'weekly', byDay: ['FR'], opens: '13:00', closes: '24:00' };
    const o = offer({ rules: [late] });
    expect(nextDates(o, { now: at('2026-03-06', '23:59'), count: 1 })[0]).to.deep.include({ date: '2026-03-06', closes: '24:00' });
    expect(today(o, at('2026-03-06', '23:59'))).to.deep.include({ openNow: true, changesAt: '24:00' });
  });

  it('knows "heute" and "jetzt geöffnet", and the minute that changes next', () => {
    const o = offer({ rules: [TUESDAY_10_12, { freq: 'weekly', byDay: ['TU'], opens: '15:00', closes: '17:00' }] });
    expect(today(o, at('2026-03-03', '09:30'))).to.deep.include({ openNow: false, changesAt: '10:00' });
    expect(today(o, at('2026-03-03', '10:00'))).to.deep.include({ openNow: true, changesAt: '12:00' });
    expect(today(o, at('2026-03-03', '12:00'))).to.deep.include({ openNow: false, changesAt: '15:00' });
    expect(today(o, at('2026-03-03', '17:00'))).to.deep.include({ openNow: false, changesAt: '24:00' });
    expect(today(o, at('2026-03-03', '17:00')).occurrences).to.have.length(2);
    expect(today(o, at('2026-03-04', '10:30'))).to.deep.include({ openNow: false, occurrences: [] });
    // Not open without a closing time, and never on a holiday.
    expect(today(offer({ rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00' }] }), at('2026-03-03', '11:00')).openNow).to.equal(false);
    expect(
      today(offer({ rules: [{ freq: 'weekly', byDay: ['MO'], opens: '08:00', closes: '18:00' }], exceptHolidays: 'DE' }), at('2026-04-06', '11:00')).openNow,
    ).to.equal(false);
  });

  it('computes "now" in Europe/Berlin across both summer-time changes of 2026', () => {
    // 29 March: 02:00 CET becomes 03:00 CEST. 25 October: 03:00 CEST becomes 02:00 CET.
    expect(localNow(new Date('2026-03-29T00:59:00Z'))).to.deep.equal({ date: '2026-03-29', time: '01:59' });
    expect(localNow(new Date('2026-03-29T01:00:00Z'))).to.deep.equal({ date: '2026-03-29', time: '03:00' });
    expect(localNow(new Date('2026-10-25T00:30:00Z'))).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(localNow(new Date('2026-10-25T01:30:00Z'))).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(zonedInstant('2026-03-28', '10:00').toISOString()).to.equal('2026-03-28T09:00:00.000Z');
    expect(zonedInstant('2026-03-29', '10:00').toISOString()).to.equal('2026-03-29T08:00:00.000Z');
    expect(zonedInstant('2026-10-25', '10:00').toISOString()).to.equal('2026-10-25T09:00:00.000Z');
    expect(zonedInstant('2026-03-29', '24:00').toISOString()).to.equal('2026-03-29T22:00:00.000Z');
    // A Sunday rule at 10:00 is open at 10:30 local time on both days of change.
    const sunday = offer({ rules: [{ freq: 'weekly', byDay: ['SU'], opens: '10:00', closes: '12:00' }] });
    expect(today(sunday, localNow(new Date('2026-03-29T08:30:00Z'))).openNow).to.equal(true);
    expect(today(sunday, localNow(new Date('2026-10-25T09:30:00Z'))).openNow).to.equal(true);
    expect(today(sunday, localNow(new Date('2026-10-25T08:30:00Z'))).openNow).to.equal(false);
  });
});

describe('lifecycle', () => {
  const ended = { period: { start: '2019', end: '2021-12-31' } };
  it('marks a project ended after its period, upcoming before it, current within', () => {
    expect(projectLifecycle(ended, '2022-01-01')).to.deep.equal({ state: 'ended', until: '2021-12-31' });
    expect(projectLifecycle(ended, '2021-12-31')).to.deep.equal({ state: 'current' });
    expect(projectLifecycle({ period: { start: '2027-03' } }, '2027-02-28')).to.deep.equal({ state: 'upcoming', from: '2027-03' });
    expect(projectLifecycle({}, '2027-02-28')).to.deep.equal({ state: 'current' });
  });

  it('ends the offers of an ended project, and takes an offer status before it', () => {
    expect(offerLifecycle(offer({ rules: [TUESDAY_10_12] }), ended, '2026-01-01')).to.deep.equal({ state: 'ended', until: '2021-12-31' });
    expect(offerLifecycle(offer({}, { status: 'paused' }), ended, '2026-01-01')).to.deep.equal({ state: 'paused' });
    expect(offerLifecycle(offer({}, { status: 'planned' }), undefined, '2026-01-01')).to.deep.equal({ state: 'planned' });
    expect(offerLifecycle(offer({}, { status: 'ended' }), undefined, '2026-01-01')).to.deep.equal({ state: 'ended' });
  });

  it('ends an offer whose dates are all past, not one with rules without end or without any dates', () => {
    const past = { schedule: undefined, dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T18:00' }], status: 'active' };
    expect(offerLifecycle(past, undefined, '2026-06-21')).to.deep.equal({ state: 'ended' });
    expect(offerLifecycle(past, undefined, '2026-06-20')).to.deep.equal({ state: 'current' });
    expect(offerLifecycle(offer({ rules: [TUESDAY_10_12], validThrough: '2025' }), undefined, '2026-01-01')).to.deep.equal({ state: 'ended' });
    expect(offerLifecycle(offer({ rules: [TUESDAY_10_12] }), undefined, '2040-01-01')).to.deep.equal({ state: 'current' });
    expect(offerLifecycle({ status: 'active' }, undefined, '2040-01-01')).to.deep.equal({ state: 'current' });
  });
});
