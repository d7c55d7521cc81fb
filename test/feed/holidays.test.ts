/**
 * The public holidays of the 16 Länder for 2025–2028, written out by hand
 * from the Länder's holiday laws as the federal and Länder lists publish
 * them (not computed), against `publicHolidays`.
 */
import { expect } from '@open-wc/testing';
import { easterSunday, holidayOn, publicHolidays } from '../../src/feed/holidays.js';
import { HOLIDAY_REGIONS, type HolidayRegion } from '../../src/feed/types.js';

/** Per year: the nationwide holidays, and the days of each regional one. */
const YEARS = {
  2025: {
    nationwide: ['01-01', '04-18', '04-21', '05-01', '05-29', '06-09', '10-03', '12-25', '12-26'],
    epiphany: '01-06',
    womensDay: '03-08',
    easterSunday: '04-20',
    whitSunday: '06-08',
    corpusChristi: '06-19',
    repentance: '11-19',
  },
  2026: {
    nationwide: ['01-01', '04-03', '04-06', '05-01', '05-14', '05-25', '10-03', '12-25', '12-26'],
    epiphany: '01-06',
    womensDay: '03-08',
    easterSunday: '04-05',
    whitSunday: '05-24',
    corpusChristi: '06-04',
    repentance: '11-18',
  },
  2027: {
    nationwide: ['01-01', '03-26', '03-29', '05-01', '05-06', '05-17', '10-03', '12-25', '12-26'],
    epiphany: '01-06',
    womensDay: '03-08',
    easterSunday: '03-28',
    whitSunday: '05-16',
    corpusChristi: '05-27',
    repentance: '11-17',
  },
  2028: {
    nationwide: ['01-01', '04-14', '04-17', '05-01', '05-25', '06-05', '10-03', '12-25', '12-26'],
    epiphany: '01-06',
    womensDay: '03-08',
    easterSunday: '04-16',
    whitSunday: '06-04',
    corpusChristi: '06-15',
    repentance: '11-22',
  },
} as const;

type Year = keyof typeof YEARS;

/** What each Land adds to the nationwide holidays. */
function regional(region: HolidayRegion, year: Year): string[] {
  const y = YEARS[year];
  const days: Record<HolidayRegion, string[]> = {
    DE: [],
    BW: [y.epiphany, y.corpusChristi, '11-01'],
    BY: [y.epiphany, y.corpusChristi, '08-15', '11-01'],
    BE: [y.womensDay, ...(year === 2025 ? ['05-08'] : [])],
    BB: [y.easterSunday, y.whitSunday, '10-31'],
    HB: ['10-31'],
    HH: ['10-31'],
    HE: [y.easterSunday, y.whitSunday, y.corpusChristi],
    MV: [y.womensDay, '10-31'],
    NI: ['10-31'],
    NW: [y.corpusChristi, '11-01'],
    RP: [y.corpusChristi, '11-01'],
    SL: [y.corpusChristi, '08-15', '11-01'],
    SN: ['10-31', y.repentance],
    ST: [y.epiphany, '10-31'],
    SH: ['10-31'],
    TH: ['09-20', '10-31'],
  };
  return days[region];
}

describe('public holidays', () => {
  for (const year of Object.keys(YEARS).map(Number) as Year[]) {
    it(`match the lists of all 16 Länder in ${year}`, () => {
      for (const region of HOLIDAY_REGIONS) {
        const expected = [...YEARS[year].nationwide, ...regional(region, year)].map((d) => `${year}-${d}`).sort();
        expect([...publicHolidays(year, region).keys()].sort(), `${region} ${year}`).to.deep.equal(expected);
      }
    });
  }

  it('count 9 nationwide and 10 to 14 per Land', () => {
    for (const region of HOLIDAY_REGIONS) {
      const n = publicHolidays(2026, region).size;
      if (region === 'DE') expect(n).to.equal(9);
      else expect(n, region).to.be.within(10, 14);
    }
  });

  it('name the day', () => {
    expect(holidayOn('2026-10-31', 'NI')).to.equal('reformation');
    expect(holidayOn('2026-10-31', 'NW')).to.equal(undefined);
    expect(holidayOn('2026-06-04', 'NW')).to.equal('corpus-christi');
    expect(holidayOn('2026-12-24', 'NI')).to.equal(undefined);
    expect(holidayOn('2017-10-31', 'BY')).to.equal('reformation');
    expect(holidayOn('2018-10-31', 'NI')).to.equal('reformation');
    expect(holidayOn('2017-10-31', 'NI')).to.equal('reformation');
    expect(holidayOn('2016-10-31', 'NI')).to.equal(undefined);
    expect(holidayOn('2022-03-08', 'MV')).to.equal(undefined);
    expect(holidayOn('2023-03-08', 'MV')).to.equal('womens-day');
  });

  it('find Easter Sunday in years far apart', () => {
    const known: Record<number, string> = {
      1995: '1995-04-16',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2038: '2038-04-25',
      2049: '2049-04-18',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).to.equal(date);
  });
});
