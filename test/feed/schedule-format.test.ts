/**
 * What format 1.1 adds to a schedule, read by the validator: by appointment,
 * public holidays of a Land, exceptions (cancelled or other times) and closed
 * periods; a feed of version 1.0 reads as before. Faults are contained to the
 * field or the entry, each with a warning.
 */
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';
import type { FeedWarning, Offer } from '../../src/feed/types.js';
import { feedWith } from '../support/feeds.js';

function read(schedule: unknown, extra: Record<string, unknown> = {}): { offer: Offer | undefined; warnings: readonly FeedWarning[] } {
  const { feed, warnings } = validateFeed(structuredClone(feedWith({ version: '1.1', offers: [{ id: 'o', name: 'O', schedule, ...extra }] })));
  return { offer: feed.offers[0], warnings };
}

const fields = (warnings: readonly FeedWarning[]): string[] => warnings.map((w) => `${w.code} ${w.field} ${w.dropped}`);

describe('schedule, format 1.1', () => {
  it('reads every new field of a schedule as written', () => {
    const { offer, warnings } = read({
      text: 'jeden Dienstag, außer an Feiertagen und in den Schulferien',
      rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '12:00' }],
      byAppointment: true,
      exceptHolidays: 'NI',
      exceptions: [
        { date: '2026-12-22', reason: 'fällt aus' },
        { date: '2026-12-23', opens: '10:00', closes: '11:00', reason: { de: 'verlegt', en: 'moved' } },
      ],
      closed: [
        { from: '2026-07-02', to: '2026-08-12', reason: 'Sommerferien' },
        { from: '2027-01', to: '2027-01' },
      ],
    });
    expect(warnings).to.deep.equal([]);
    expect(offer!.schedule).to.deep.include({
      byAppointment: true,
      exceptHolidays: 'NI',
      exceptions: [
        { date: '2026-12-22', reason: { de: 'fällt aus' } },
        { date: '2026-12-23', opens: '10:00', closes: '11:00', reason: { de: 'verlegt', en: 'moved' } },
      ],
      closed: [
        { from: '2026-07-02', to: '2026-08-12', reason: { de: 'Sommerferien' } },
        { from: '2027-01', to: '2027-01' },
      ],
    });
  });

  it('keeps a schedule that is only by appointment, or only exceptions with times', () => {
    expect(read({ byAppointment: true }).offer!.schedule).to.deep.equal({ rules: [], byAppointment: true });
    expect(read({ exceptions: [{ date: '2026-06-20', opens: '15:00' }] }).offer!.schedule!.exceptions).to.have.length(1);
    // A cancelled day alone says nothing about when the offer is.
    expect(read({ exceptions: [{ date: '2026-06-20' }] }).offer!.schedule).to.equal(undefined);
  });

  it('drops an unknown Land, a partial or impossible exception day, and an exception time in the wrong order', () => {
    const { offer, warnings } = read({
      rules: [{ freq: 'weekly', byDay: ['MO'] }],
      exceptHolidays: 'Niedersachsen',
      exceptions: [{ date: '2026-12' }, { date: '2026-02-30' }, { reason: 'ohne Tag' }, { date: '2026-12-21', opens: '12:00', closes: '10:00' }],
    });
    expect(offer!.schedule).not.to.have.property('exceptHolidays');
    expect(offer!.schedule!.exceptions).to.deep.equal([{ date: '2026-12-21', opens: '12:00' }]);
    expect(fields(warnings)).to.deep.equal([
      'unknown-code schedule.exceptHolidays field',
      'invalid-date schedule.exceptions[0].date field',
      'invalid-date schedule.exceptions[1].date field',
      'missing-required schedule.exceptions[2].date field',
      'invalid-value schedule.exceptions[3].closes field',
    ]);
    expect(warnings[1]!.detail).to.deep.include({ expected: 'day' });
  });

  it('drops a closed period without both ends, or one that ends before it starts', () => {
    const { offer, warnings } = read({
      rules: [{ freq: 'weekly', byDay: ['MO'] }],
      closed: [{ from: '2026-07-02' }, { from: '2026-08-12', to: '2026-07-02' }, { from: '2026-07', to: '2026-07-31' }],
    });
    expect(offer!.schedule!.closed).to.deep.equal([{ from: '2026-07', to: '2026-07-31' }]);
    expect(fields(warnings)).to.deep.equal(['missing-required schedule.closed[0].to field', 'invalid-date schedule.closed[1].to record']);
  });

  it('reads the status planned; a 1.0 feed with none of this reads as before', () => {
    expect(read(undefined, { status: 'planned' }).offer!.status).to.equal('planned');
    const { feed, warnings } = validateFeed(
      feedWith({ offers: [{ id: 'o', name: 'O', schedule: { rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '24:00' }] } }] }),
    );
    expect(warnings).to.deep.equal([]);
    expect(feed.offers[0]!.schedule).to.deep.equal({ rules: [{ freq: 'weekly', byDay: ['TU'], opens: '10:00', closes: '24:00' }] });
  });
});
