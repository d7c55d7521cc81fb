/**
 * The validator (`validateFeed`, `readFeed`, `parseFeedText`): untrusted JSON
 * in, `{feed, warnings}` out; faults contained as narrowly as possible.
 */
import { expect } from '@open-wc/testing';
import { FeedError, isFeedError } from '../../src/feed/errors.js';
import { parseFeedText, readFeed, validateFeed } from '../../src/feed/validate.js';
import type { FeedWarning, ValidationResult, WarningCode } from '../../src/feed/types.js';
import { imageFailed } from '../support/absence.js';
import { feedWith } from '../support/feeds.js';

type Json = Record<string, unknown>;

/**
 * Validates a deep copy, so a test's literal is never shared with the result. Also checks that the same feed as
 * JSON text, parsed and read in place (take.ts), and given as an object whose records are copied and taken
 * (`copyRecords`), gives the very same feed and warnings as when it is copied by the readers.
 */
function validate(json: unknown, source?: string): ValidationResult {
  const options = source === undefined ? {} : { source };
  const text = JSON.stringify(json);
  const copied = validateFeed(JSON.parse(text), options);
  const inPlace = validateFeed(JSON.parse(text), { ...options, inPlace: true });
  expect(inPlace.feed, 'read in place').to.deep.equal(copied.feed);
  expect(inPlace.warnings, 'read in place').to.deep.equal(copied.warnings);
  // As a feed given as an object (`.feed`): plain copies of its records taken, the object left as it was.
  const given = JSON.parse(text) as unknown;
  const fromCopies = validateFeed(given, { ...options, copyRecords: true });
  expect(fromCopies.feed, 'copies taken').to.deep.equal(copied.feed);
  expect(fromCopies.warnings, 'copies taken').to.deep.equal(copied.warnings);
  expect(JSON.stringify(given), 'the given object unchanged').to.equal(text);
  return validateFeed(structuredClone(json), options);
}

function withCode(warnings: readonly FeedWarning[], code: WarningCode): FeedWarning[] {
  return warnings.filter((w) => w.code === code);
}

/** The one warning with `code`; fails when there is none or more than one. */
function one(warnings: readonly FeedWarning[], code: WarningCode): FeedWarning {
  const found = withCode(warnings, code);
  expect(found, `${code} in ${JSON.stringify(warnings)}`).to.have.length(1);
  return found[0]!;
}

/** The FeedError that `fn` throws; fails when it throws nothing or something else. */
function fatal(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (error) {
    expect(isFeedError(error), String(error)).to.equal(true);
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  expect.fail('expected a FeedError');
  throw new Error('unreachable');
}

describe('validateFeed', () => {
  describe('a minimal feed', () => {
    it('reads a feed with one project and fills in the defaults', () => {
      const { feed, warnings } = validate({ version: '1', projects: [{ id: 'lena', name: 'LeNa' }] });
      expect(warnings).to.deep.equal([]);
      expect(feed).to.deep.equal({
        version: '1',
        language: 'de',
        projects: [
          {
            id: 'lena',
            name: { de: 'LeNa' },
            facts: [],
            goals: [],
            fieldsOfAction: [],
            partners: [],
            contacts: [],
            funding: [],
            quotes: [],
            links: [],
            images: [],
            sources: [],
          },
        ],
        organizations: [],
        places: [],
        offers: [],
      });
    });

    it('gives offers their defaults: active, no languages, no dates', () => {
      const { feed } = validate({ version: '1', offers: [{ id: 'cafe', name: 'Café' }] });
      expect(feed.offers[0]).to.deep.equal({ id: 'cafe', name: { de: 'Café' }, languages: [], status: 'active', dates: [] });
    });

    it('keeps root fields: publisher, updated, license', () => {
      const { feed, warnings } = validate(
        feedWith({
          publisher: { name: 'Stadt Seesen', url: 'https://www.seesen.de', email: 'info@seesen.de' },
          updated: '2026-01-15T10:00:00+01:00',
          license: 'CC-BY-4.0',
        }),
      );
      expect(warnings).to.deep.equal([]);
      expect(feed.publisher).to.deep.equal({ name: 'Stadt Seesen', url: 'https://www.seesen.de/', email: 'info@seesen.de' });
      expect(feed.updated).to.equal('2026-01-15T10:00:00+01:00');
      expect(feed.license).to.equal('CC-BY-4.0');
    });

    it('treats null and absent optional fields alike: absent, no warning', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [{ id: 'p', name: 'P', summary: null, links: null, period: null }],
        organizations: null,
      });
      expect(warnings).to.deep.equal([]);
      expect(feed.projects[0]).not.to.have.property('summary');
      expect(feed.projects[0]!.links).to.deep.equal([]);
      expect(feed.organizations).to.deep.equal([]);
    });

    it('does not change the JSON it is given', () => {
      const json = feedWith({
        organizations: [{ id: 'o', name: 'O', url: 'javascript:alert(1)' }],
        offers: [{ id: 'x', name: 'X', place: 'nowhere', dates: [{ start: 'soon' }] }],
      });
      const copy = structuredClone(json);
      validateFeed(json);
      expect(json).to.deep.equal(copy);
    });
  });

  describe('texts', () => {
    it('turns plain strings into {language: text} with the feed language', () => {
      const { feed } = validate({
        version: '1',
        language: 'en',
        projects: [{ id: 'p', name: 'Project', summary: 'Short', goals: ['One', { de: 'Zwei', en: 'Two' }] }],
      });
      const project = feed.projects[0]!;
      expect(feed.language).to.equal('en');
      expect(project.name).to.deep.equal({ en: 'Project' });
      expect(project.summary).to.deep.equal({ en: 'Short' });
      expect(project.goals).to.deep.equal([{ en: 'One' }, { de: 'Zwei', en: 'Two' }]);
    });

    it('uses "de" when no language is given', () => {
      const { feed } = validate(feedWith());
      expect(feed.language).to.equal('de');
      expect(feed.projects[0]!.name).to.deep.equal({ de: 'Testprojekt' });
    });

    it('canonicalises language tags of the feed and of translations', () => {
      const { feed } = validate({
        version: '1',
        language: 'EN',
        projects: [{ id: 'p', name: { 'DE-de': 'Projekt', AR: 'مشروع' }, summary: 'Short' }],
      });
      expect(feed.language).to.equal('en');
      expect(feed.projects[0]!.name).to.deep.equal({ 'de-DE': 'Projekt', ar: 'مشروع' });
      expect(feed.projects[0]!.summary).to.deep.equal({ en: 'Short' });
    });

    it('uses "de" with a warning when the language is not a tag', () => {
      const { feed, warnings } = validate(feedWith({ language: 'Deutsch' }));
      expect(feed.language).to.equal('de');
      expect(feed.projects[0]!.name).to.deep.equal({ de: 'Testprojekt' });
      expect(one(warnings, 'invalid-value')).to.deep.include({
        list: 'feed',
        field: 'language',
        path: ['language'],
        dropped: 'field',
      });
    });

    it('does not throw on a tag that looks right but Intl rejects ("de-x")', () => {
      let result: ValidationResult | undefined;
      expect(() => {
        result = validate(feedWith({ language: 'de-x' }));
      }).not.to.throw();
      const { feed } = result!;
      expect(feed.language).to.be.a('string').and.not.equal('');
      expect(Object.keys(feed.projects[0]!.name)).to.deep.equal([feed.language]);
    });

    it('drops bad translations of a text and keeps the good ones', () => {
      const { feed, warnings } = validate(feedWith({ projects: [{ id: 'p', name: 'P', summary: { de: 'Gut', xx_YY: 'bad tag', en: '   ', ar: 5 } }] }));
      expect(feed.projects[0]!.summary).to.deep.equal({ de: 'Gut' });
      const bad = withCode(warnings, 'invalid-value');
      expect(bad.map((w) => w.field)).to.deep.equal(['summary.xx_YY', 'summary.en', 'summary.ar']);
      for (const w of bad) expect(w).to.deep.include({ list: 'projects', record: 'p', dropped: 'field' });
    });

    it('drops an empty text or a text object without any good translation', () => {
      const { feed, warnings } = validate(feedWith({ projects: [{ id: 'p', name: 'P', summary: '  \n ', description: {} }] }));
      expect(feed.projects[0]).not.to.have.property('summary');
      expect(feed.projects[0]).not.to.have.property('description');
      expect(warnings.map((w) => [w.code, w.field])).to.deep.equal([
        ['invalid-value', 'summary'],
        ['invalid-value', 'description'],
      ]);
    });

    it('keeps markup in texts as literal text and never interprets it', async () => {
      const img = '<img src=x onerror="window.__quartierXss = true">';
      const { feed, warnings } = validate(
        feedWith({
          projects: [
            {
              id: 'p',
              name: '<img src=x onerror=alert(1)>',
              summary: { de: '<script>alert(1)</script>', en: img },
              description: 'a &amp; b <b>fett</b>\n\n<a href="javascript:alert(1)">link</a>',
            },
          ],
        }),
      );
      expect(warnings).to.deep.equal([]);
      const project = feed.projects[0]!;
      expect(project.name).to.deep.equal({ de: '<img src=x onerror=alert(1)>' });
      expect(project.summary).to.deep.equal({ de: '<script>alert(1)</script>', en: img });
      expect(project.description).to.deep.equal({
        de: 'a &amp; b <b>fett</b>\n\n<a href="javascript:alert(1)">link</a>',
      });
      // Nothing was parsed as HTML: the handler never ran (an image made from it would have failed by now).
      await imageFailed();
      expect((window as unknown as Record<string, unknown>)['__quartierXss']).to.equal(undefined);
    });

    it('normalises line breaks and removes control characters', () => {
      const { feed } = validate(feedWith({ projects: [{ id: 'p', name: ' A\u0000B\r\nC\u0007 ' }] }));
      expect(feed.projects[0]!.name).to.deep.equal({ de: 'AB\nC' });
    });
  });

  describe('warnings', () => {
    it('names list, record, field, path and what was dropped (invalid-type)', () => {
      const { feed, warnings } = validate(feedWith({ projects: [{ id: 'p', name: 'P', summary: 42 }] }));
      expect(feed.projects).to.have.length(1);
      expect(feed.projects[0]).not.to.have.property('summary');
      expect(one(warnings, 'invalid-type')).to.deep.include({
        list: 'projects',
        record: 'p',
        field: 'summary',
        path: ['projects', 0, 'summary'],
        dropped: 'field',
      });
    });

    it('drops a list entry that is not an object (invalid-type, record)', () => {
      const { feed, warnings } = validate({ version: '1', places: [{ id: 'a', name: 'A' }, 'b', null, [1]] });
      expect(feed.places.map((p) => p.id)).to.deep.equal(['a']);
      const bad = withCode(warnings, 'invalid-type');
      expect(bad).to.have.length(3);
      expect(bad.map((w) => w.path)).to.deep.equal([
        ['places', 1],
        ['places', 2],
        ['places', 3],
      ]);
      for (const w of bad) {
        expect(w).to.deep.include({ list: 'places', dropped: 'record' });
        expect(w).not.to.have.property('record');
      }
    });

    it('warns about a record list that is not a list (list "feed")', () => {
      const { feed, warnings } = validate(feedWith({ offers: { id: 'o', name: 'O' } }));
      expect(feed.offers).to.deep.equal([]);
      expect(one(warnings, 'invalid-type')).to.deep.include({
        list: 'feed',
        field: 'offers',
        path: ['offers'],
        dropped: 'field',
      });
    });

    it('drops a record without an id (missing-required)', () => {
      const { feed, warnings } = validate(feedWith({ organizations: [{ name: 'Ohne Id' }, { id: 'o', name: 'O' }] }));
      expect(feed.organizations.map((o) => o.id)).to.deep.equal(['o']);
      const w = one(warnings, 'missing-required');
      expect(w).to.deep.include({ list: 'organizations', field: 'id', path: ['organizations', 0, 'id'], dropped: 'record' });
      expect(w).not.to.have.property('record');
    });

    it('drops a record with an invalid id (invalid-id)', () => {
      for (const id of ['Lena Seesen', 'lena_seesen', '', 42, { x: 1 }, 'ä']) {
        const { feed, warnings } = validate(
          feedWith({
            places: [
              { id, name: 'X' },
              { id: 'ok', name: 'Ok' },
            ],
          }),
        );
        expect(
          feed.places.map((p) => p.id),
          JSON.stringify(id),
        ).to.deep.equal(['ok']);
        const w = one(warnings, 'invalid-id');
        expect(w).to.deep.include({ list: 'places', field: 'id', path: ['places', 0, 'id'], dropped: 'record' });
        expect(w).not.to.have.property('record');
        expect(w.detail?.['value']).to.equal(JSON.stringify(id));
      }
    });

    it('drops a record without a usable name (missing-required, naming the record)', () => {
      for (const name of [undefined, null, '', '   ', {}, { de: '' }, 42]) {
        const record: Json = { id: 'nameless' };
        if (name !== undefined) record['name'] = name;
        const { feed, warnings } = validate(feedWith({ offers: [record] }));
        expect(feed.offers, JSON.stringify(name)).to.deep.equal([]);
        const w = one(warnings, 'missing-required');
        expect(w).to.deep.include({
          list: 'offers',
          record: 'nameless',
          field: 'name',
          path: ['offers', 0, 'name'],
          dropped: 'record',
        });
      }
    });

    it('drops a record that repeats an id and keeps the first (duplicate-id)', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [
          { id: 'p', name: 'Erstes' },
          { id: 'q', name: 'Anderes' },
          { id: 'p', name: 'Zweites' },
        ],
      });
      expect(feed.projects.map((p) => p.name['de'])).to.deep.equal(['Erstes', 'Anderes']);
      expect(one(warnings, 'duplicate-id')).to.deep.include({
        list: 'projects',
        record: 'p',
        field: 'id',
        path: ['projects', 2, 'id'],
        dropped: 'record',
      });
    });

    it('drops a repeated record without reading it, so its fields raise no further warnings', () => {
      const { feed, warnings } = validate({
        version: '1',
        offers: [
          { id: 'o', name: 'Erstes' },
          { id: 'o', name: 42, url: 'javascript:alert(1)', category: 'party' },
        ],
      });
      expect(feed.offers.map((o) => o.name)).to.deep.equal([{ de: 'Erstes' }]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.deep.include({ code: 'duplicate-id', record: 'o', path: ['offers', 1, 'id'] });
    });

    it('does not count the id of a dropped record as taken', () => {
      const { feed, warnings } = validate({
        version: '1',
        places: [
          { id: 'p', name: '' },
          { id: 'p', name: 'Zweiter Versuch' },
        ],
      });
      expect(feed.places.map((p) => p.name)).to.deep.equal([{ de: 'Zweiter Versuch' }]);
      expect(withCode(warnings, 'duplicate-id')).to.deep.equal([]);
    });

    it('allows the same id in different lists', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [{ id: 'lena', name: 'LeNa' }],
        organizations: [{ id: 'lena', name: 'LeNa e. V.' }],
        places: [{ id: 'lena', name: 'LeNa-Büro' }],
        offers: [{ id: 'lena', name: 'LeNa-Treff' }],
      });
      expect(warnings).to.deep.equal([]);
      expect([feed.projects, feed.organizations, feed.places, feed.offers].map((l) => l.length)).to.deep.equal([1, 1, 1, 1]);
    });

    it('drops a disallowed URL and keeps the record (invalid-url)', () => {
      const { feed, warnings } = validate(
        feedWith({
          organizations: [
            { id: 'o', name: 'O', url: 'javascript:alert(1)' },
            { id: 'q', name: 'Q', url: 'JAVA\tSCRIPT:alert(1)' },
            { id: 'r', name: 'R', url: 'https://r.example/' },
          ],
        }),
      );
      expect(feed.organizations.map((o) => o.id)).to.deep.equal(['o', 'q', 'r']);
      expect(feed.organizations[0]).not.to.have.property('url');
      expect(feed.organizations[1]).not.to.have.property('url');
      expect(feed.organizations[2]!.url).to.equal('https://r.example/');
      const bad = withCode(warnings, 'invalid-url');
      expect(bad).to.have.length(2);
      expect(bad[0]).to.deep.include({
        list: 'organizations',
        record: 'o',
        field: 'url',
        path: ['organizations', 0, 'url'],
        dropped: 'field',
      });
      expect(bad[1]).to.deep.include({ record: 'q', path: ['organizations', 1, 'url'] });
    });

    it('drops a link, image or logo whose URL is bad, and its record stays', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [
          {
            id: 'p',
            name: 'P',
            links: [{ url: 'data:text/html,x', label: 'Böse' }, { url: 'https://ok.example/a' }, { label: 'ohne' }],
            images: [{ url: '//cdn.example/x.jpg', alt: 'x' }],
            sources: [{ title: 'Zeitung', url: 'vbscript:x' }],
          },
        ],
        organizations: [{ id: 'o', name: 'O', logo: { url: 'file:///logo.png', alt: 'Logo' } }],
      });
      const project = feed.projects[0]!;
      expect(project.links).to.deep.equal([{ url: 'https://ok.example/a' }]);
      expect(project.images).to.deep.equal([]);
      expect(project.sources).to.deep.equal([{ title: 'Zeitung' }]);
      expect(feed.organizations[0]).not.to.have.property('logo');
      expect(withCode(warnings, 'invalid-url').map((w) => [w.record, w.field])).to.deep.equal([
        ['p', 'links[0].url'],
        ['p', 'images[0].url'],
        ['p', 'sources[0].url'],
        ['o', 'logo.url'],
      ]);
      expect(one(warnings, 'missing-required')).to.deep.include({
        record: 'p',
        field: 'links[2].url',
        path: ['projects', 0, 'links', 2, 'url'],
        dropped: 'field',
      });
    });

    it('drops an impossible date and keeps the record (invalid-date)', () => {
      const { feed, warnings } = validate({
        version: '1',
        updated: 'gestern',
        projects: [{ id: 'p', name: 'P', reviewed: '2021-02-29', period: { start: '2012', end: '2021-13' } }],
        offers: [
          {
            id: 'o',
            name: 'O',
            dates: [{ start: '2026-06-20T15:00' }, { start: '20.06.2026' }, { start: '2026-06-20', end: '2026-06-19' }],
            schedule: { rules: [{ freq: 'weekly', byDay: ['TU'] }], validFrom: '2026-02-30' },
          },
        ],
      });
      expect(feed).not.to.have.property('updated');
      expect(feed.projects[0]).not.to.have.property('reviewed');
      expect(feed.projects[0]!.period).to.deep.equal({ start: '2012' });
      expect(feed.offers[0]!.dates).to.deep.equal([{ start: '2026-06-20T15:00' }, { start: '2026-06-20' }]);
      expect(feed.offers[0]!.schedule).not.to.have.property('validFrom');
      const bad = withCode(warnings, 'invalid-date');
      expect(bad.map((w) => [w.list, w.record, w.field, w.dropped])).to.deep.equal([
        ['feed', undefined, 'updated', 'field'],
        ['projects', 'p', 'period.end', 'field'],
        ['projects', 'p', 'reviewed', 'field'],
        ['offers', 'o', 'schedule.validFrom', 'field'],
        ['offers', 'o', 'dates[1].start', 'field'],
        ['offers', 'o', 'dates[2].end', 'field'],
      ]);
      expect(bad[0]!.path).to.deep.equal(['updated']);
      expect(bad[4]!.path).to.deep.equal(['offers', 0, 'dates', 1, 'start']);
    });

    it('keeps a period that ends before it starts, with a warning that drops nothing', () => {
      const { feed, warnings } = validate(feedWith({ projects: [{ id: 'p', name: 'P', period: { start: '2021', end: '2012' } }] }));
      expect(feed.projects[0]!.period).to.deep.equal({ start: '2021', end: '2012' });
      expect(one(warnings, 'invalid-date')).to.deep.include({ field: 'period.end', dropped: 'none' });
    });

    it('drops impossible coordinates and keeps the record (invalid-coordinates)', () => {
      const { feed, warnings } = validate({
        version: '1',
        places: [
          { id: 'a', name: 'A', geo: { lat: 95, lng: 10 } },
          { id: 'b', name: 'B', geo: { lat: 52, lng: -181 } },
          { id: 'c', name: 'C', geo: { lat: '52.1', lng: '10.3' } },
          { id: 'd', name: 'D', geo: { lat: 0, lng: 0 } },
          { id: 'e', name: 'E', geo: { lat: 52.15, lng: 10.33 } },
        ],
      });
      expect(feed.places.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
      expect(feed.places.filter((p) => p.geo).map((p) => p.id)).to.deep.equal(['e']);
      expect(feed.places[4]!.geo).to.deep.equal({ lat: 52.15, lng: 10.33 });
      const bad = withCode(warnings, 'invalid-coordinates');
      expect(bad.map((w) => w.record)).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(bad[0]).to.deep.include({ list: 'places', field: 'geo', path: ['places', 0, 'geo'], dropped: 'field' });
    });

    it('keeps an estimated position as estimated: `approximate: true` on geo and centre; a non-boolean is dropped with a warning', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [{ id: 'p', name: 'P', quarter: { center: { lat: 51.89, lng: 10.18, approximate: true } } }],
        places: [
          { id: 'a', name: 'A', geo: { lat: 52.15, lng: 10.33, approximate: true } },
          { id: 'b', name: 'B', geo: { lat: 52.15, lng: 10.33, approximate: false } },
          { id: 'c', name: 'C', geo: { lat: 52.15, lng: 10.33, approximate: 'ja' } },
        ],
      });
      expect(feed.projects[0]!.quarter?.center).to.deep.equal({ lat: 51.89, lng: 10.18, approximate: true });
      expect(feed.places.map((p) => p.geo)).to.deep.equal([
        { lat: 52.15, lng: 10.33, approximate: true },
        { lat: 52.15, lng: 10.33 },
        { lat: 52.15, lng: 10.33 },
      ]);
      expect(one(warnings, 'invalid-type')).to.deep.include({ record: 'c', path: ['places', 2, 'geo', 'approximate'], dropped: 'field' });
    });

    it('reads a figure\'s qualifier as written ("über 2.300" is more-than) and drops an unknown one (unknown-code)', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [
          {
            id: 'p',
            name: 'P',
            municipality: { name: 'Seesen', population: 11250, populationQualifier: 'approximately' },
            quarter: { residents: 2300, residentsQualifier: 'more-than', housingUnits: 480, housingUnitsQualifier: 'ca.' },
            facts: [
              { label: 'Plätze', value: 20, qualifier: 'at-least' },
              { label: 'Quote', value: 7, approximate: true },
            ],
          },
        ],
      });
      const p = feed.projects[0]!;
      expect(p.municipality?.populationQualifier).to.equal('approximately');
      expect(p.quarter?.residentsQualifier).to.equal('more-than');
      expect(p.quarter?.housingUnitsQualifier).to.equal(undefined);
      expect(p.facts.map((f) => [f.qualifier, f.approximate])).to.deep.equal([
        ['at-least', undefined],
        [undefined, true],
      ]);
      expect(one(warnings, 'unknown-code')).to.deep.include({ path: ['projects', 0, 'quarter', 'housingUnitsQualifier'], dropped: 'field' });
    });

    it('checks quarter centre and area polygons', () => {
      const ring = [
        [10.3, 52.1],
        [10.4, 52.1],
        [10.4, 52.2],
        [10.3, 52.1],
      ];
      const { feed, warnings } = validate({
        version: '1',
        projects: [
          { id: 'p', name: 'P', quarter: { name: 'Q', center: { lat: 52.1, lng: 10.3 }, area: { type: 'Polygon', coordinates: [ring] } } },
          { id: 'q', name: 'Q', quarter: { name: 'Q', center: { lat: 91, lng: 10 }, area: { type: 'Polygon', coordinates: [[[200, 52]]] } } },
        ],
      });
      expect(feed.projects[0]!.quarter!.area).to.deep.equal({ type: 'Polygon', coordinates: [ring] });
      expect(feed.projects[1]!.quarter).to.deep.equal({ name: { de: 'Q' } });
      const fields = withCode(warnings, 'invalid-coordinates').map((w) => w.field);
      expect(fields).to.include('quarter.center');
      expect(fields).to.include('quarter.area.coordinates');
    });

    it('drops an unknown code and keeps the record (unknown-code)', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [{ id: 'p', name: 'P', fieldsOfAction: ['social', 'dance', 'social', 'housing'] }],
        organizations: [{ id: 'o', name: 'O', type: 'Verein' }],
        offers: [{ id: 'x', name: 'X', category: 'party', status: 'cancelled', registration: 'maybe' }],
      });
      expect(feed.projects[0]!.fieldsOfAction).to.deep.equal(['social', 'housing']);
      expect(feed.organizations[0]).not.to.have.property('type');
      const offer = feed.offers[0]!;
      expect(offer).not.to.have.property('category');
      expect(offer).not.to.have.property('registration');
      expect(offer.status).to.equal('active');
      const bad = withCode(warnings, 'unknown-code');
      expect(bad.map((w) => [w.list, w.record, w.field])).to.deep.equal([
        ['projects', 'p', 'fieldsOfAction[1]'],
        ['organizations', 'o', 'type'],
        ['offers', 'x', 'category'],
        ['offers', 'x', 'registration'],
        ['offers', 'x', 'status'],
      ]);
      expect(bad[0]).to.deep.include({ path: ['projects', 0, 'fieldsOfAction', 1], dropped: 'field' });
      expect(bad[0]!.detail?.['value']).to.equal('"dance"');
    });

    it('drops an invalid e-mail, phone or clock time (invalid-value)', () => {
      const { feed, warnings } = validate({
        version: '1',
        organizations: [{ id: 'o', name: 'O', email: 'kein-mail', phone: 'ruf an', address: { postalCode: '38723', street: 'Hochstraße 1' } }],
        offers: [{ id: 'x', name: 'X', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'], opens: '25:00', closes: '12:00' }] } }],
      });
      expect(feed.organizations[0]).to.deep.equal({
        id: 'o',
        name: { de: 'O' },
        address: { postalCode: '38723', street: 'Hochstraße 1' },
      });
      expect(feed.offers[0]!.schedule!.rules).to.deep.equal([{ freq: 'weekly', byDay: ['MO'], closes: '12:00' }]);
      expect(withCode(warnings, 'invalid-value').map((w) => w.field)).to.deep.equal(['email', 'phone', 'schedule.rules[0].opens']);
    });

    it('drops a closing time that is not after the opening time', () => {
      const { feed, warnings } = validate(
        feedWith({ offers: [{ id: 'x', name: 'X', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'], opens: '12:00', closes: '10:00' }] } }] }),
      );
      expect(feed.offers[0]!.schedule!.rules[0]).to.deep.equal({ freq: 'weekly', byDay: ['MO'], opens: '12:00' });
      expect(one(warnings, 'invalid-value')).to.deep.include({ field: 'schedule.rules[0].closes', dropped: 'field' });
    });

    it('names the source URL in every warning when given', () => {
      const { warnings } = validate(feedWith({ organizations: [{ id: 'o', name: 'O', url: 'ftp://x' }, { name: 'N' }] }), 'https://feeds.example/a.json');
      expect(warnings).to.have.length(2);
      for (const w of warnings) expect(w.source).to.equal('https://feeds.example/a.json');
    });
  });

  describe('references', () => {
    it('drops an unknown reference with a warning and keeps the record', () => {
      const { feed, warnings } = validate({
        version: '1',
        projects: [
          {
            id: 'p',
            name: 'P',
            partners: [
              { organization: 'stadt', role: 'lead' },
              { organization: 'ghost', role: 'partner' },
            ],
            contacts: [{ name: 'Frau A', organization: 'ghost' }],
            funding: [{ funder: 'ghost', program: 'Fonds' }],
            quotes: [{ text: 'Gut so.', organization: 'ghost' }],
          },
        ],
        organizations: [{ id: 'stadt', name: 'Stadt' }],
        places: [{ id: 'buero', name: 'Büro', project: 'ghost-project' }],
        offers: [{ id: 'o', name: 'O', project: 'p', place: 'nowhere', provider: 'stadt' }],
      });
      const project = feed.projects[0]!;
      expect(project.partners).to.deep.equal([{ organization: 'stadt', role: 'lead' }]);
      expect(project.contacts).to.deep.equal([{ name: 'Frau A' }]);
      expect(project.funding).to.deep.equal([{ program: { de: 'Fonds' } }]);
      expect(project.quotes).to.deep.equal([{ text: { de: 'Gut so.' } }]);
      expect(feed.places[0]).not.to.have.property('project');
      expect(feed.offers[0]).to.deep.include({ project: 'p', provider: 'stadt' });
      expect(feed.offers[0]).not.to.have.property('place');

      const refs = withCode(warnings, 'unknown-reference');
      expect(refs.map((w) => [w.list, w.record, w.field, w.detail?.['value'], w.detail?.['expected']])).to.deep.equal([
        ['projects', 'p', 'partners[1].organization', 'ghost', 'organizations'],
        ['projects', 'p', 'contacts[0].organization', 'ghost', 'organizations'],
        ['projects', 'p', 'funding[0].funder', 'ghost', 'organizations'],
        ['projects', 'p', 'quotes[0].organization', 'ghost', 'organizations'],
        ['places', 'buero', 'project', 'ghost-project', 'projects'],
        ['offers', 'o', 'place', 'nowhere', 'places'],
      ]);
      for (const w of refs) expect(w.dropped).to.equal('field');
      expect(refs[5]!.path).to.deep.equal(['offers', 0, 'place']);
      expect(refs[0]!.path).to.deep.equal(['projects', 0, 'partners', 1, 'organization']);
    });

    it('names the raw index in the path even when earlier records were dropped', () => {
      const { warnings } = validate({
        version: '1',
        offers: [{ name: 'no id' }, { id: 'o', name: 'O', provider: 'ghost' }],
      });
      expect(one(warnings, 'unknown-reference').path).to.deep.equal(['offers', 1, 'provider']);
    });

    it('readFeed leaves references alone (they are checked after merging)', () => {
      const { feed, warnings } = readFeed({ version: '1', offers: [{ id: 'o', name: 'O', place: 'elsewhere' }] });
      expect(warnings).to.deep.equal([]);
      expect(feed.offers[0]!.place).to.equal('elsewhere');
    });
  });

  describe('unknown fields', () => {
    it('ignores unknown fields at the root and in records, without warning', () => {
      const { feed, warnings } = validate({
        version: '1.2',
        $schema: 'https://example.org/schema.json',
        futureRootField: { anything: true },
        projects: [{ id: 'p', name: 'P', colour: 'red', partners: [], quarter: { name: 'Q', shape: 'round' } }],
      });
      expect(warnings).to.deep.equal([]);
      expect(feed).not.to.have.property('futureRootField');
      expect(feed).not.to.have.property('$schema');
      expect(feed.projects[0]).not.to.have.property('colour');
      expect(feed.projects[0]!.quarter).to.deep.equal({ name: { de: 'Q' } });
    });
  });

  describe('read in place (take.ts)', () => {
    const clean = {
      version: '1',
      language: 'de',
      projects: [{ id: 'p', name: 'P' }],
      organizations: [
        {
          id: 'o',
          name: { de: 'Träger', en: 'Provider' },
          type: 'welfare',
          url: 'https://traeger.example/',
          logo: { url: 'https://traeger.example/logo.png', alt: 'Logo' },
          address: { street: 'Hochstraße 1', postalCode: '38100', locality: 'Braunschweig' },
          email: 'info@traeger.example',
          phone: '0531 12345',
        },
      ],
      places: [
        {
          id: 'x',
          name: 'Treff',
          project: 'p',
          address: { street: 'Am Markt 2' },
          geo: { lat: 52.26, lng: 10.52, approximate: true },
          geoNote: 'Eingang hinten',
          accessibility: { wheelchair: 'limited', note: 'Eine Stufe' },
        },
      ],
      offers: [
        {
          id: 'a',
          name: 'Sprachcafé',
          description: { de: 'Jeden Montag', 'de-x-plain': 'Montags' },
          project: 'p',
          place: 'x',
          provider: 'o',
          category: 'language',
          languages: ['de', 'uk'],
          schedule: { text: 'Montags', rules: [{ freq: 'monthly', byDay: ['MO', 'WE'], bySetPos: -1, opens: '09:00', closes: '24:00' }] },
          dates: [{ start: '2026-06-20T15:00', end: '2026-06-20T17:00' }],
          registration: 'none',
          status: 'paused',
          cost: 'free',
          contact: { name: 'Frau A', email: 'a@traeger.example', phone: '+49 531 1' },
          url: 'https://traeger.example/cafe',
        },
      ],
    };

    it('takes clean records as they are, finished to the clean form', () => {
      const json = JSON.parse(JSON.stringify(clean)) as typeof clean;
      const { feed, warnings } = validateFeed(json, { inPlace: true });
      expect(warnings).to.deep.equal([]);
      expect(feed.offers[0]).to.equal(json.offers[0]);
      expect(feed.places[0]).to.equal(json.places[0]);
      expect(feed.organizations[0]).to.equal(json.organizations[0]);
      expect(feed.offers[0]!.name).to.deep.equal({ de: 'Sprachcafé' });
      expect(Object.getPrototypeOf(feed.offers[0]!.schedule!.rules[0])).to.equal(null);
      expect(feed).to.deep.equal(validate(clean).feed);
    });

    /** `count` clean offers `o0`, `o1` … at place `x` of project `p`, as in `clean`. */
    const offers = (count: number): Json[] => Array.from({ length: count }, (_, i) => ({ id: `o${i}`, name: `Angebot ${i}`, project: 'p', place: 'x' }));

    it('keeps the parsed list itself while every record is taken, and copies it from the first that is not', () => {
      const all = JSON.parse(JSON.stringify({ ...clean, offers: offers(120) })) as typeof clean;
      const { feed, warnings } = validateFeed(all, { inPlace: true });
      expect(warnings).to.deep.equal([]);
      expect(feed.offers, 'the parsed list').to.equal(all.offers);
      expect(feed.places, 'the parsed list').to.equal(all.places);

      const list = offers(120);
      list[70]!['url'] = 'javascript:alert(1)';
      list[90]!['name'] = '';
      const mixed = JSON.parse(JSON.stringify({ ...clean, offers: list })) as typeof clean;
      const raw = [...mixed.offers];
      const read = validateFeed(mixed, { inPlace: true });
      expect(read.feed.offers).not.to.equal(mixed.offers);
      // Offer 90 has no name left, so it is dropped.
      expect(read.feed.offers).to.have.length(119);
      expect(read.feed.offers[69], 'taken before the copy').to.equal(raw[69]);
      expect(read.feed.offers[71], 'taken after the copy').to.equal(raw[71]);
      expect(read.feed.offers[70]).not.to.have.property('url');
      expect(read.warnings.map((w) => [w.code, w.path])).to.deep.equal([
        ['invalid-url', ['offers', 70, 'url']],
        ['invalid-value', ['offers', 90, 'name']],
        ['missing-required', ['offers', 90, 'name']],
      ]);
      expect(read.feed).to.deep.equal(validate({ ...clean, offers: list }).feed);
    });

    it('drops a repeated id after records taken as they are, and names raw indices in reference warnings', () => {
      const list = offers(60);
      list[40] = { ...list[3]!, name: 'Zweimal' };
      list[45]!['place'] = 'nirgends';
      list[50]!['name'] = { de: ' Leerzeichen ' };
      list[55]!['provider'] = 'niemand';
      const json = { ...clean, offers: list };
      const { feed, warnings } = validate(json);
      expect(feed.offers).to.have.length(59);
      expect(warnings.map((w) => [w.code, w.record, w.path])).to.deep.equal([
        ['duplicate-id', 'o3', ['offers', 40, 'id']],
        ['unknown-reference', 'o45', ['offers', 45, 'place']],
        ['unknown-reference', 'o55', ['offers', 55, 'provider']],
      ]);
      expect(feed.offers[49]!.name).to.deep.equal({ de: 'Leerzeichen' });
    });

    it('does not copy lists whose references are all known', () => {
      const json = JSON.parse(JSON.stringify(clean)) as typeof clean;
      const { feed } = validateFeed(json, { inPlace: true });
      expect(feed.offers).to.equal(json.offers);
      expect(feed.places).to.equal(json.places);
      expect(feed.organizations).to.equal(json.organizations);
    });

    it('leaves to the readers, with the same result, every record that needs a change', () => {
      const variants: Array<[string, (f: typeof clean) => void]> = [
        ['text with spaces', (f) => (f.offers[0]!.name = ' Sprachcafé ')],
        ['text with a control character', (f) => (f.offers[0]!.description = { de: 'Jeden\u0007 Montag', 'de-x-plain': 'Montags' })],
        ['empty text', (f) => (f.offers[0]!.description = { de: '', 'de-x-plain': 'Montags' })],
        ['tag not canonical', (f) => ((f.offers[0] as Json)['description'] = { DE: 'Jeden Montag', 'de-x-plain': 'Montags' })],
        ['language not canonical', (f) => (f.offers[0]!.languages = ['de', 'UK'])],
        ['plain string with spaces', (f) => (f.offers[0]!.contact.name = 'Frau A ')],
        ['number as postal code', (f) => ((f.organizations[0]!.address as Json)['postalCode'] = 38100)],
        ['postal code with spaces', (f) => (f.organizations[0]!.address.postalCode = ' 38100')],
        ['repeated day', (f) => (f.offers[0]!.schedule.rules[0]!.byDay = ['MO', 'MO'])],
        ['no day', (f) => (f.offers[0]!.schedule.rules[0]!.byDay = [])],
        ['weekly with a position', (f) => (f.offers[0]!.schedule.rules[0]!.freq = 'weekly')],
        ['closes before opens', (f) => (f.offers[0]!.schedule.rules[0]!.closes = '08:00')],
        ['bad clock', (f) => (f.offers[0]!.schedule.rules[0]!.opens = '9:00')],
        ['empty schedule', (f) => (f.offers[0]!.schedule = { text: undefined as never, rules: [] })],
        ['end before start', (f) => (f.offers[0]!.dates[0]!.end = '2026-06-19')],
        ['approximate false', (f) => ((f.places[0]!.geo as Json)['approximate'] = false)],
        ['zero position', (f) => (f.places[0]!.geo = { lat: 0, lng: 0, approximate: true })],
        ['logo without url', (f) => ((f.organizations[0]!.logo as Json)['url'] = undefined)],
        ['unknown field', (f) => ((f.offers[0] as Json)['colour'] = 'red')],
        ['null field', (f) => ((f.offers[0] as Json)['audience'] = null)],
        ['unknown code', (f) => (f.offers[0]!.category = 'knitting')],
        ['bad url', (f) => (f.offers[0]!.url = 'javascript:alert(1)')],
        ['url to normalise', (f) => (f.offers[0]!.url = 'HTTPS://traeger.example/cafe')],
        ['bad email', (f) => (f.organizations[0]!.email = 'info at traeger')],
        ['too many languages', (f) => (f.offers[0]!.languages = Array.from({ length: 101 }, () => 'de'))],
        ['empty contact', (f) => ((f.offers[0] as Json)['contact'] = {})],
        ['__proto__ key', (f) => (f.offers[0] = JSON.parse(JSON.stringify(f.offers[0]).replace('{', '{"__proto__":{"url":"x"},')) as never)],
      ];
      for (const [name, change] of variants) {
        const json = JSON.parse(JSON.stringify(clean)) as typeof clean;
        change(json);
        // `validate` compares reading in place with reading by copy.
        expect(() => validate(json), name).not.to.throw();
      }
    });
  });

  describe('unsafe keys', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();

    afterEach(() => {
      // Whatever a test did, leave no trace on the shared prototype.
      delete (Object.prototype as Record<string, unknown>)['polluted'];
    });

    function check(result: ValidationResult): void {
      expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      // No prototype at all: a field the feed lacks cannot come from a polluted Object.prototype.
      expect(Object.getPrototypeOf(result.feed)).to.equal(null);
      for (const list of [result.feed.projects, result.feed.organizations, result.feed.places, result.feed.offers]) {
        for (const record of list) {
          expect(Object.getPrototypeOf(record)).to.equal(null);
          expect(Object.getPrototypeOf(record.name)).to.equal(null);
          expect((record as unknown as Record<string, unknown>)['polluted']).to.equal(undefined);
        }
      }
    }

    it('warns about __proto__ and constructor at the root and changes no prototype', () => {
      const json = JSON.parse(
        '{"version":"1","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},' + '"projects":[{"id":"p","name":"P"}]}',
      ) as unknown;
      const result = validateFeed(json);
      check(result);
      const unsafe = withCode(result.warnings, 'unsafe-key');
      expect(unsafe.map((w) => [w.list, w.field, w.path])).to.deep.equal([
        ['feed', '__proto__', ['__proto__']],
        ['feed', 'constructor', ['constructor']],
      ]);
    });

    it('warns about __proto__ in a text and keeps the good translations', () => {
      const json = JSON.parse('{"version":"1","projects":[{"id":"p","name":{"de":"P","__proto__":{"polluted":"yes"},"constructor":"x"}}]}') as unknown;
      const result = validateFeed(json);
      check(result);
      expect(result.feed.projects[0]!.name).to.deep.equal({ de: 'P' });
      expect(Object.keys(result.feed.projects[0]!.name)).to.deep.equal(['de']);
      const unsafe = withCode(result.warnings, 'unsafe-key');
      expect(unsafe.map((w) => [w.record, w.field, w.path])).to.deep.equal([
        ['p', 'name.__proto__', ['projects', 0, 'name', '__proto__']],
        ['p', 'name.constructor', ['projects', 0, 'name', 'constructor']],
      ]);
    });

    it('warns about __proto__ and constructor in records and nested objects', () => {
      const json = JSON.parse(
        '{"version":"1","projects":[{"id":"p","__proto__":{"id":"evil","polluted":"yes"},"name":"P",' +
          '"quarter":{"name":"Q","constructor":{"prototype":{"polluted":"yes"}}}}],' +
          '"places":[{"id":"x","name":"X","address":{"__proto__":{"street":"evil"}}}]}',
      ) as unknown;
      const result = validateFeed(json);
      check(result);
      expect(result.feed.projects[0]!.id).to.equal('p');
      expect(result.feed.places[0]).not.to.have.property('address');
      const unsafe = withCode(result.warnings, 'unsafe-key');
      expect(unsafe.map((w) => [w.list, w.record, w.field, w.path, w.dropped])).to.have.deep.members([
        ['projects', 'p', '__proto__', ['projects', 0, '__proto__'], 'field'],
        ['projects', 'p', 'quarter.constructor', ['projects', 0, 'quarter', 'constructor'], 'field'],
        ['places', 'x', 'address.__proto__', ['places', 0, 'address', '__proto__'], 'field'],
      ]);
    });

    it('copies nothing inherited from a polluted Object.prototype into the feed', () => {
      // Another script on the page may have polluted the prototype already.
      (Object.prototype as Record<string, unknown>)['polluted'] = 'yes';
      const { feed } = validateFeed({
        version: '1',
        publisher: { name: 'Stadt' },
        projects: [{ id: 'p', name: 'P', period: { start: '2012' }, partners: [{ organization: 'o', role: 'lead' }] }],
        organizations: [{ id: 'o', name: 'O', address: { street: 'Hochstraße 1' } }],
        offers: [{ id: 'x', name: 'X', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] } }],
      });
      const objects: unknown[] = [
        feed,
        feed.publisher,
        feed.projects[0],
        feed.projects[0]!.period,
        feed.projects[0]!.partners[0],
        feed.organizations[0],
        feed.organizations[0]!.address,
        feed.offers[0],
        feed.offers[0]!.schedule,
        feed.offers[0]!.schedule!.rules[0],
      ];
      delete (Object.prototype as Record<string, unknown>)['polluted'];
      for (const o of objects) expect(Object.keys(o as object), JSON.stringify(o)).not.to.include('polluted');
    });

    it('reads in place nothing inherited from a polluted prototype', () => {
      const body = JSON.stringify({
        version: '1',
        organizations: [{ id: 'o', name: 'O' }],
        places: [{ id: 'x', name: 'X', geo: { lat: 52.1, lng: 10.2 } }],
        offers: [{ id: 'a', name: 'A', schedule: { rules: [{ freq: 'weekly', byDay: ['MO'] }] } }, { id: 'b' }],
      });
      const copied = validateFeed(JSON.parse(body));
      const polluted = Object.prototype as Record<string, unknown>;
      // An offer without a name must not get the inherited one.
      polluted['name'] = 'Geist';
      polluted['url'] = 'https://evil.example/';
      let result: ValidationResult;
      try {
        result = validateFeed(JSON.parse(body), { inPlace: true });
      } finally {
        delete polluted['url'];
        delete polluted['name'];
      }
      check(result);
      expect(result.feed).to.deep.equal(copied.feed);
      expect(result.warnings).to.deep.equal(copied.warnings);
      expect(result.feed.offers.map((o) => o.id)).to.deep.equal(['a']);
      expect(Object.keys(result.feed.offers[0]!)).not.to.include('url');
      expect(Object.getPrototypeOf(result.feed.offers[0]!.schedule!.rules[0])).to.equal(null);
      expect(Object.getPrototypeOf(result.feed.places[0]!.geo)).to.equal(null);
    });

    it('reads nothing inherited from a polluted prototype', () => {
      (Object.prototype as Record<string, unknown>)['polluted'] = 'yes';
      const proto = { id: 'evil', name: 'Evil', version: '1' };
      const record = Object.assign(Object.create(proto) as Json, { name: 'Own' });
      expect(() => validateFeed({ version: '1', projects: [record] })).to.throw(FeedError);
      const root = Object.create({ version: '1' }) as Json;
      root['projects'] = [{ id: 'p', name: 'P' }];
      expect(fatal(() => validateFeed(root)).code).to.equal('not-a-feed');
    });
  });

  describe('fatal errors', () => {
    it('refuses what is not a JSON object (not-a-feed)', () => {
      for (const json of [null, undefined, 42, 'feed', true, [], [feedWith()]]) {
        expect(fatal(() => validateFeed(json)).code, JSON.stringify(json)).to.equal('not-a-feed');
      }
    });

    it('refuses an object without version (not-a-feed)', () => {
      const error = fatal(() => validateFeed({ projects: [{ id: 'p', name: 'P' }] }, { source: 'https://x.example/f.json' }));
      expect(error.code).to.equal('not-a-feed');
      expect(error.details.url).to.equal('https://x.example/f.json');
    });

    it('refuses versions it does not understand (unknown-version)', () => {
      for (const version of ['2', 2, '2.0', '1.x', '1.', '01', ' 1', 'v1', '', null, 1.5, true]) {
        const error = fatal(() => validateFeed(feedWith({ version })));
        expect(error.code, JSON.stringify(version)).to.equal('unknown-version');
      }
      expect(fatal(() => validateFeed(feedWith({ version: '2' }))).details.value).to.equal('"2"');
    });

    it('accepts "1", the number 1 and "1.x" minors', () => {
      expect(validate(feedWith({ version: '1' })).feed.version).to.equal('1');
      expect(validate(feedWith({ version: 1 })).feed.version).to.equal('1');
      expect(validate(feedWith({ version: '1.3' })).feed.version).to.equal('1.3');
      expect(validate(feedWith({ version: '1.10' })).feed.version).to.equal('1.10');
    });

    it('refuses a feed without a single valid record (no-records)', () => {
      for (const json of [
        { version: '1' },
        { version: '1', projects: [] },
        { version: '1', projects: [{ name: 'no id' }], offers: [{ id: 'Bad', name: 'x' }], places: ['x'] },
        { version: '1', organizations: { id: 'o', name: 'O' } },
      ]) {
        expect(fatal(() => validateFeed(json)).code, JSON.stringify(json)).to.equal('no-records');
      }
    });

    it('is satisfied by one valid record in any list', () => {
      for (const list of ['projects', 'organizations', 'places', 'offers'] as const) {
        const { feed } = validate({ version: '1', [list]: [{ id: 'one', name: 'Eins' }] });
        expect(feed[list]).to.have.length(1);
      }
    });
  });
});

describe('parseFeedText', () => {
  it('parses JSON', () => {
    expect(parseFeedText('{"version":"1"}')).to.deep.equal({ version: '1' });
  });

  it('skips a byte order mark', () => {
    expect(parseFeedText('\uFEFF{"version":"1","language":"de"}')).to.deep.equal({ version: '1', language: 'de' });
  });

  it('refuses an HTML page as not-json with details.html', () => {
    for (const body of [
      '<!DOCTYPE html><html><body>Login</body></html>',
      '\n  <html lang="de"><head><title>404</title></head></html>',
      '<HTML><BODY>Error</BODY></HTML>',
    ]) {
      const error = fatal(() => parseFeedText(body, { source: 'https://x.example/feed.json' }));
      expect(error.code).to.equal('not-json');
      expect(error.details.html).to.equal(true);
      expect(error.details.url).to.equal('https://x.example/feed.json');
      expect(error.details.cause).to.be.instanceOf(SyntaxError);
    }
  });

  it('refuses other text as not-json without html', () => {
    for (const body of ['', 'version: 1', '{"version": "1",}', "{'version': '1'}", 'null x']) {
      const error = fatal(() => parseFeedText(body));
      expect(error.code, JSON.stringify(body)).to.equal('not-json');
      expect(error.details.html).to.equal(false);
      expect(error.details).not.to.have.property('url');
    }
  });

  it('keeps __proto__ as an own key (JSON.parse), which validateFeed then refuses to use', () => {
    const json = parseFeedText('{"version":"1","__proto__":{"polluted":1},"projects":[{"id":"p","name":"P"}]}');
    expect(Object.getPrototypeOf(json)).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    const { warnings } = validateFeed(json);
    expect(one(warnings, 'unsafe-key').field).to.equal('__proto__');
  });
});
