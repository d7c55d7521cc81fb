/**
 * Next dates of an offer (`nextDates`), the end of a period (`hasEnded`) and the
 * local clock (`localNow`). Every test passes a fixed "now", so none depends on
 * the day it runs.
 */
import { expect } from '@open-wc/testing';
import { endOfPartial, hasEnded, localNow, nextDates, startOfPartial, type LocalNow, type Occurrence } from '../../src/feed/schedule.js';
import type { OneOffDate, Schedule, ScheduleRule } from '../../src/feed/types.js';

/** Monday 2 March 2026, 09:00 (the Tuesdays of March 2026 are the 3rd, 10th, 17th, 24th and 31st). */
const MONDAY: LocalNow = { date: '2026-03-02', time: '09:00' };

const TUESDAY_10_12: ScheduleRule = { freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' };

function offer(rules: ScheduleRule[], extra: Partial<Schedule> = {}, dates: OneOffDate[] = []) {
  return { schedule: { rules, ...extra }, dates, status: 'active' };
}

const days = (list: Occurrence[]): string[] => list.map((o) => o.date);

describe('nextDates', () => {
  describe('weekly rules', () => {
    it('lists every Tuesday 10–12 from a Monday', () => {
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY })).to.deep.equal([
        { date: '2026-03-03', opens: '10:00', closes: '12:00', oneOff: false },
        { date: '2026-03-10', opens: '10:00', closes: '12:00', oneOff: false },
        { date: '2026-03-17', opens: '10:00', closes: '12:00', oneOff: false },
      ]);
    });

    it('handles several days a week, in date order', () => {
      const rule: ScheduleRule = { freq: 'weekly', byDay: ['TH', 'MO'] };
      expect(days(nextDates(offer([rule]), { now: MONDAY, count: 5 }))).to.deep.equal(['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12', '2026-03-16']);
    });

    it('orders two rules on the same day by opening time', () => {
      const late: ScheduleRule = { freq: 'weekly', byDay: ['TU'], opens: '14:00', closes: '16:00' };
      const result = nextDates(offer([late, TUESDAY_10_12]), { now: MONDAY, count: 4 });
      expect(result.map((o) => `${o.date} ${o.opens}`)).to.deep.equal(['2026-03-03 10:00', '2026-03-03 14:00', '2026-03-10 10:00', '2026-03-10 14:00']);
    });

    it('crosses month and year ends', () => {
      const result = nextDates(offer([TUESDAY_10_12]), { now: { date: '2026-12-28', time: '12:00' }, count: 3 });
      expect(days(result)).to.deep.equal(['2026-12-29', '2027-01-05', '2027-01-12']);
    });

    it('is not shifted by a change to summer time', () => {
      const sunday: ScheduleRule = { freq: 'weekly', byDay: ['SU'], opens: '15:00' };
      const result = nextDates(offer([sunday]), { now: { date: '2026-03-22', time: '08:00' }, count: 3 });
      expect(days(result)).to.deep.equal(['2026-03-22', '2026-03-29', '2026-04-05']);
    });
  });

  describe('today', () => {
    it('counts today while the offer has not closed', () => {
      const now = { date: '2026-03-03', time: '11:59' };
      expect(days(nextDates(offer([TUESDAY_10_12]), { now, count: 2 }))).to.deep.equal(['2026-03-03', '2026-03-10']);
    });

    it('counts today before it opens', () => {
      const now = { date: '2026-03-03', time: '07:00' };
      expect(days(nextDates(offer([TUESDAY_10_12]), { now, count: 1 }))).to.deep.equal(['2026-03-03']);
    });

    it('skips today once the closing time is reached', () => {
      for (const time of ['12:00', '12:01', '23:59']) {
        const now = { date: '2026-03-03', time };
        expect(days(nextDates(offer([TUESDAY_10_12]), { now, count: 2 })), time).to.deep.equal(['2026-03-10', '2026-03-17']);
      }
    });

    it('uses the opening time when there is no closing time', () => {
      const rule: ScheduleRule = { freq: 'weekly', byDay: ['TU'], opens: '10:00' };
      expect(days(nextDates(offer([rule]), { now: { date: '2026-03-03', time: '09:59' }, count: 1 }))).to.deep.equal(['2026-03-03']);
      expect(days(nextDates(offer([rule]), { now: { date: '2026-03-03', time: '10:00' }, count: 1 }))).to.deep.equal(['2026-03-10']);
    });

    it('counts the whole day when there is no time at all', () => {
      const rule: ScheduleRule = { freq: 'weekly', byDay: ['TU'] };
      const result = nextDates(offer([rule]), { now: { date: '2026-03-03', time: '23:59' }, count: 1 });
      expect(result).to.deep.equal([{ date: '2026-03-03', oneOff: false }]);
    });

    it('treats 24:00 as the end of the day', () => {
      const rule: ScheduleRule = { freq: 'weekly', byDay: ['TU'], opens: '20:00', closes: '24:00' };
      const result = nextDates(offer([rule]), { now: { date: '2026-03-03', time: '23:30' }, count: 1 });
      expect(result).to.deep.equal([{ date: '2026-03-03', opens: '20:00', closes: '24:00', oneOff: false }]);
    });
  });

  describe('monthly rules', () => {
    it('bySetPos 1: the first Tuesday of each month', () => {
      const rule: ScheduleRule = { freq: 'monthly', byDay: ['TU'], bySetPos: 1, opens: '15:00', closes: '17:00' };
      expect(days(nextDates(offer([rule]), { now: MONDAY }))).to.deep.equal(['2026-03-03', '2026-04-07', '2026-05-05']);
    });

    it('bySetPos -1: the last Tuesday of each month', () => {
      const rule: ScheduleRule = { freq: 'monthly', byDay: ['TU'], bySetPos: -1 };
      expect(days(nextDates(offer([rule]), { now: MONDAY }))).to.deep.equal(['2026-03-31', '2026-04-28', '2026-05-26']);
    });

    it('bySetPos 2, 4, 5 and -2 count from the right end', () => {
      const at = (bySetPos: number): string[] => days(nextDates(offer([{ freq: 'monthly', byDay: ['TU'], bySetPos }]), { now: MONDAY, count: 2 }));
      expect(at(2)).to.deep.equal(['2026-03-10', '2026-04-14']);
      expect(at(4)).to.deep.equal(['2026-03-24', '2026-04-28']);
      // April, May and July 2026 have only four Tuesdays; June has five (2, 9, 16, 23, 30).
      expect(at(5)).to.deep.equal(['2026-03-31', '2026-06-30']);
      expect(at(-2)).to.deep.equal(['2026-03-24', '2026-04-21']);
    });

    it('the last Thursday of February in a leap year', () => {
      const rule: ScheduleRule = { freq: 'monthly', byDay: ['TH'], bySetPos: -1 };
      expect(days(nextDates(offer([rule]), { now: { date: '2024-02-01', time: '00:00' }, count: 1 }))).to.deep.equal(['2024-02-29']);
    });

    it('without bySetPos: every matching weekday', () => {
      const rule: ScheduleRule = { freq: 'monthly', byDay: ['TU'] };
      expect(days(nextDates(offer([rule]), { now: MONDAY }))).to.deep.equal(['2026-03-03', '2026-03-10', '2026-03-17']);
    });
  });

  describe('validity', () => {
    it('starts at validFrom', () => {
      const result = nextDates(offer([TUESDAY_10_12], { validFrom: '2026-04' }), { now: MONDAY, count: 2 });
      expect(days(result)).to.deep.equal(['2026-04-07', '2026-04-14']);
      const exact = nextDates(offer([TUESDAY_10_12], { validFrom: '2026-03-10' }), { now: MONDAY, count: 1 });
      expect(days(exact)).to.deep.equal(['2026-03-10']);
    });

    it('ignores a validFrom in the past', () => {
      const result = nextDates(offer([TUESDAY_10_12], { validFrom: '2020' }), { now: MONDAY, count: 1 });
      expect(days(result)).to.deep.equal(['2026-03-03']);
    });

    it('ends at validThrough, inclusive, a partial date counting to its last day', () => {
      const through = (validThrough: string): string[] => days(nextDates(offer([TUESDAY_10_12], { validThrough }), { now: MONDAY, count: 10 }));
      expect(through('2026-03-17')).to.deep.equal(['2026-03-03', '2026-03-10', '2026-03-17']);
      expect(through('2026-03-16')).to.deep.equal(['2026-03-03', '2026-03-10']);
      expect(through('2026-03')).to.deep.equal(['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31']);
      expect(through('2026-02')).to.deep.equal([]);
      expect(through('2025')).to.deep.equal([]);
      expect(through('2026')).to.have.length(10);
    });

    it('gives nothing when validFrom is after validThrough', () => {
      const result = nextDates(offer([TUESDAY_10_12], { validFrom: '2026-05', validThrough: '2026-04' }), { now: MONDAY });
      expect(result).to.deep.equal([]);
    });

    it('looks no further than horizonDays', () => {
      expect(days(nextDates(offer([TUESDAY_10_12]), { now: MONDAY, horizonDays: 10, count: 5 }))).to.deep.equal(['2026-03-03', '2026-03-10']);
      const yearly = nextDates(offer([{ freq: 'monthly', byDay: ['TU'], bySetPos: 1 }], { validFrom: '2027-06' }), {
        now: MONDAY,
        count: 1,
      });
      expect(days(yearly)).to.deep.equal([]);
    });
  });

  describe('one-off dates', () => {
    it('merges one-off dates with rule dates, sorted', () => {
      const dates: OneOffDate[] = [
        { start: '2026-03-05T15:00', end: '2026-03-05T18:00' },
        { start: '2026-03-04' },
        { start: '2026-03-03T09:00', end: '2026-03-03T09:45' },
      ];
      const result = nextDates(offer([TUESDAY_10_12], {}, dates), { now: MONDAY, count: 5 });
      expect(result).to.deep.equal([
        { date: '2026-03-03', opens: '09:00', closes: '09:45', oneOff: true },
        { date: '2026-03-03', opens: '10:00', closes: '12:00', oneOff: false },
        { date: '2026-03-04', oneOff: true },
        { date: '2026-03-05', opens: '15:00', closes: '18:00', oneOff: true },
        { date: '2026-03-10', opens: '10:00', closes: '12:00', oneOff: false },
      ]);
    });

    it('works without a schedule', () => {
      const result = nextDates({ dates: [{ start: '2026-06-20T15:00' }, { start: '2026-05-01' }, { start: '2026-04-10T10:00' }] }, { now: MONDAY });
      expect(result).to.deep.equal([
        { date: '2026-04-10', opens: '10:00', oneOff: true },
        { date: '2026-05-01', oneOff: true },
        { date: '2026-06-20', opens: '15:00', oneOff: true },
      ]);
    });

    it('drops dates that are over', () => {
      const now = { date: '2026-03-02', time: '09:30' };
      const dates: OneOffDate[] = [
        { start: '2026-02-20T15:00' },
        { start: '2026-03-01' },
        { start: '2026-03-02T08:00', end: '2026-03-02T09:00' },
        { start: '2026-03-02T09:00' },
        { start: '2026-03-02T09:00', end: '2026-03-02T10:00' },
        { start: '2026-03-02' },
      ];
      expect(nextDates({ dates }, { now, count: 10 })).to.deep.equal([
        { date: '2026-03-02', oneOff: true },
        { date: '2026-03-02', opens: '09:00', closes: '10:00', oneOff: true },
      ]);
    });

    it('keeps an event of several days that is still going on', () => {
      const dates: OneOffDate[] = [{ start: '2026-02-28T10:00', end: '2026-03-05T16:00' }];
      const result = nextDates({ dates }, { now: MONDAY });
      expect(result).to.deep.equal([{ date: '2026-02-28', opens: '10:00', oneOff: true }]);
      expect(nextDates({ dates }, { now: { date: '2026-03-06', time: '00:00' } })).to.deep.equal([]);
    });

    it('takes at most `count` dates from rules and one-off dates together', () => {
      const dates: OneOffDate[] = [{ start: '2026-03-04' }, { start: '2026-03-20' }];
      const result = nextDates(offer([TUESDAY_10_12], {}, dates), { now: MONDAY, count: 4 });
      expect(days(result)).to.deep.equal(['2026-03-03', '2026-03-04', '2026-03-10', '2026-03-17']);
    });
  });

  describe('status and count', () => {
    it('gives nothing for a paused or ended offer', () => {
      const dates: OneOffDate[] = [{ start: '2026-03-04' }];
      for (const status of ['paused', 'ended']) {
        expect(nextDates({ ...offer([TUESDAY_10_12], {}, dates), status }, { now: MONDAY }), status).to.deep.equal([]);
      }
      expect(nextDates({ ...offer([TUESDAY_10_12], {}, dates), status: 'active' }, { now: MONDAY })).to.have.length(3);
    });

    it('gives 3 by default, and as many as `count` asks', () => {
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY })).to.have.length(3);
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY, count: 1 })).to.have.length(1);
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY, count: 12 })).to.have.length(12);
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY, count: 0 })).to.deep.equal([]);
      expect(nextDates(offer([TUESDAY_10_12]), { now: MONDAY, count: -1 })).to.deep.equal([]);
    });

    it('gives nothing without rules or dates', () => {
      expect(nextDates({}, { now: MONDAY })).to.deep.equal([]);
      expect(nextDates({ schedule: { rules: [], text: { de: 'nach Vereinbarung' } } }, { now: MONDAY })).to.deep.equal([]);
    });

    it('uses the real clock when no now is given', () => {
      const result = nextDates(offer([{ freq: 'weekly', byDay: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] }]), { count: 1 });
      expect(result).to.have.length(1);
      expect(result[0]!.date).to.equal(localNow().date);
    });
  });
});

describe('hasEnded', () => {
  it('is false without an end', () => {
    expect(hasEnded(undefined, '2030-01-01')).to.equal(false);
  });

  it('counts a full date to the end of that day', () => {
    expect(hasEnded('2021-12-31', '2021-12-31')).to.equal(false);
    expect(hasEnded('2021-12-31', '2022-01-01')).to.equal(true);
    expect(hasEnded('2021-12-31', '2021-06-01')).to.equal(false);
  });

  it('counts a year to 31 December', () => {
    expect(hasEnded('2021', '2021-12-31')).to.equal(false);
    expect(hasEnded('2021', '2022-01-01')).to.equal(true);
    expect(hasEnded('2021', '2021-01-01')).to.equal(false);
  });

  it('counts a month to its last day, leap years included', () => {
    expect(hasEnded('2021-02', '2021-02-28')).to.equal(false);
    expect(hasEnded('2021-02', '2021-03-01')).to.equal(true);
    expect(hasEnded('2024-02', '2024-02-29')).to.equal(false);
    expect(hasEnded('2024-02', '2024-03-01')).to.equal(true);
    expect(hasEnded('2021-04', '2021-04-30')).to.equal(false);
    expect(hasEnded('2021-04', '2021-05-01')).to.equal(true);
    expect(hasEnded('2021-12', '2022-01-01')).to.equal(true);
  });

  it('uses today in Berlin by default', () => {
    expect(hasEnded('2000')).to.equal(true);
    expect(hasEnded('2199')).to.equal(false);
  });
});

describe('startOfPartial / endOfPartial', () => {
  it('spans a partial date', () => {
    expect(startOfPartial('2026')).to.equal('2026-01-01');
    expect(startOfPartial('2026-03')).to.equal('2026-03-01');
    expect(startOfPartial('2026-03-15')).to.equal('2026-03-15');
    expect(endOfPartial('2026')).to.equal('2026-12-31');
    expect(endOfPartial('2026-02')).to.equal('2026-02-28');
    expect(endOfPartial('2028-02')).to.equal('2028-02-29');
    expect(endOfPartial('2026-11')).to.equal('2026-11-30');
    expect(endOfPartial('2026-12')).to.equal('2026-12-31');
    expect(endOfPartial('2026-03-15')).to.equal('2026-03-15');
  });
});

describe('localNow', () => {
  it('gives the date and time in Europe/Berlin in winter (UTC+1)', () => {
    expect(localNow(new Date('2026-01-15T10:05:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-01-15', time: '11:05' });
    expect(localNow(new Date('2026-01-15T23:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-01-16', time: '00:30' });
  });

  it('gives the date and time in Europe/Berlin in summer (UTC+2)', () => {
    expect(localNow(new Date('2026-07-01T10:05:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-07-01', time: '12:05' });
  });

  it('writes midnight as 00:00, never 24:00', () => {
    expect(localNow(new Date('2026-07-01T22:00:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-07-02', time: '00:00' });
  });

  it('follows the change to summer time (29 March 2026, 02:00 → 03:00)', () => {
    expect(localNow(new Date('2026-03-29T00:59:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-03-29', time: '01:59' });
    expect(localNow(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-03-29', time: '03:00' });
    expect(localNow(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-03-29', time: '03:30' });
  });

  it('follows the change back to winter time (25 October 2026, 03:00 → 02:00)', () => {
    expect(localNow(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(localNow(new Date('2026-10-25T01:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-10-25', time: '02:30' });
    expect(localNow(new Date('2026-10-25T02:30:00Z'), 'Europe/Berlin')).to.deep.equal({ date: '2026-10-25', time: '03:30' });
  });

  it('uses Europe/Berlin by default, whatever the browser’s zone', () => {
    const at = new Date('2026-01-15T23:30:00Z');
    expect(localNow(at)).to.deep.equal(localNow(at, 'Europe/Berlin'));
    expect(localNow(at)).to.deep.equal({ date: '2026-01-16', time: '00:30' });
  });

  it('honours another time zone', () => {
    const at = new Date('2026-01-15T03:00:00Z');
    expect(localNow(at, 'UTC')).to.deep.equal({ date: '2026-01-15', time: '03:00' });
    expect(localNow(at, 'America/New_York')).to.deep.equal({ date: '2026-01-14', time: '22:00' });
    expect(localNow(at, 'Asia/Kolkata')).to.deep.equal({ date: '2026-01-15', time: '08:30' });
  });
});
