/**
 * Picking a translation (`pickText`), paragraphs, and the lookups the elements
 * make in a validated feed (`src/feed/query.ts`).
 */
import { expect } from '@open-wc/testing';
import { paragraphs, pickText } from '../../src/feed/text.js';
import {
  organizationById,
  organizationProjects,
  placeById,
  placeOffers,
  projectById,
  projectOffers,
  projectPartners,
  projectPlaces,
  resolveProject,
} from '../../src/feed/query.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed, Project } from '../../src/feed/types.js';

describe('pickText', () => {
  const text = { de: 'Nachbarschaftstreff', en: 'Neighbourhood meeting', ar: 'لقاء الجيران' };

  it('gives nothing for no text', () => {
    expect(pickText(undefined, 'de')).to.equal(undefined);
    expect(pickText({}, 'de')).to.equal(undefined);
  });

  it('takes the exact language', () => {
    expect(pickText(text, 'en')).to.deep.equal({ text: 'Neighbourhood meeting', lang: 'en', fallback: false });
    expect(pickText(text, 'ar')).to.deep.equal({ text: 'لقاء الجيران', lang: 'ar', fallback: false });
    expect(pickText(text, 'de', 'en')).to.deep.equal({ text: 'Nachbarschaftstreff', lang: 'de', fallback: false });
  });

  it('matches tags case-insensitively and reports the tag of the text', () => {
    expect(pickText({ 'de-DE': 'Hallo' }, 'DE-de')).to.deep.equal({ text: 'Hallo', lang: 'de-DE', fallback: false });
    expect(pickText(text, 'EN')).to.deep.equal({ text: 'Neighbourhood meeting', lang: 'en', fallback: false });
  });

  it('falls back from a region or variant to the language (de-x-plain → de)', () => {
    expect(pickText(text, 'de-x-plain')).to.deep.equal({ text: 'Nachbarschaftstreff', lang: 'de', fallback: false });
    expect(pickText(text, 'de-AT')).to.deep.equal({ text: 'Nachbarschaftstreff', lang: 'de', fallback: false });
    expect(pickText(text, 'en-GB', 'de')).to.deep.equal({ text: 'Neighbourhood meeting', lang: 'en', fallback: false });
  });

  it('falls back from the language to a region or variant of it', () => {
    expect(pickText({ 'de-x-plain': 'Leicht gesagt', en: 'Easy' }, 'de')).to.deep.equal({
      text: 'Leicht gesagt',
      lang: 'de-x-plain',
      fallback: false,
    });
  });

  it('prefers the exact variant over the plain language', () => {
    const both = { de: 'Standard', 'de-x-plain': 'Leichte Sprache' };
    expect(pickText(both, 'de-x-plain')!.text).to.equal('Leichte Sprache');
    expect(pickText(both, 'de')!.text).to.equal('Standard');
  });

  it('falls back to the feed language, marked as fallback', () => {
    expect(pickText(text, 'tr', 'en')).to.deep.equal({ text: 'Neighbourhood meeting', lang: 'en', fallback: true });
    expect(pickText(text, 'tr')).to.deep.equal({ text: 'Nachbarschaftstreff', lang: 'de', fallback: true });
    expect(pickText({ 'en-GB': 'Colour', tr: 'Renk' }, 'fr', 'en')).to.deep.equal({
      text: 'Colour',
      lang: 'en-GB',
      fallback: true,
    });
  });

  it('falls back to any translation when neither language is there', () => {
    expect(pickText({ tr: 'Buluşma', ar: 'لقاء' }, 'fr', 'de')).to.deep.equal({
      text: 'Buluşma',
      lang: 'tr',
      fallback: true,
    });
  });

  it('does not mistake a language for another that shares a prefix', () => {
    // "en" must not match "eo" or "e"; primary subtags are compared whole.
    expect(pickText({ eo: 'Esperanto', de: 'Deutsch' }, 'en', 'de')).to.deep.equal({
      text: 'Deutsch',
      lang: 'de',
      fallback: true,
    });
  });
});

describe('paragraphs', () => {
  it('splits at blank lines', () => {
    expect(paragraphs('Erster Absatz.\n\nZweiter Absatz.')).to.deep.equal(['Erster Absatz.', 'Zweiter Absatz.']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(paragraphs('Zeile 1\nZeile 2')).to.deep.equal(['Zeile 1\nZeile 2']);
  });

  it('treats lines of only spaces as blank and drops empty paragraphs', () => {
    expect(paragraphs('\n\n  Eins  \n \t \n\n\nZwei\n\n')).to.deep.equal(['Eins', 'Zwei']);
  });

  it('gives nothing for empty text', () => {
    expect(paragraphs('')).to.deep.equal([]);
    expect(paragraphs(' \n\n ')).to.deep.equal([]);
  });

  it('keeps markup as text', () => {
    expect(paragraphs('<p>a</p>\n\n<script>b</script>')).to.deep.equal(['<p>a</p>', '<script>b</script>']);
  });
});

describe('queries', () => {
  /**
   * Two projects. `lena` has its own place (`buero`) and offers there; `nord`
   * has `treff`. `offen` is a place of no project where a `lena` offer is held.
   */
  const { feed } = validateFeed({
    version: '1',
    projects: [
      {
        id: 'lena',
        name: 'LeNa',
        partners: [
          { organization: 'stadt', role: 'lead', contribution: 'Projektleitung' },
          { organization: 'diakonie', role: 'partner' },
        ],
      },
      {
        id: 'nord',
        name: 'Nordstadt',
        partners: [{ organization: 'diakonie', role: 'funder', contribution: '3.000 Euro jährlich' }],
      },
    ],
    organizations: [
      { id: 'stadt', name: 'Stadt Seesen' },
      { id: 'diakonie', name: 'Diakonie' },
      { id: 'verein', name: 'Sportverein' },
    ],
    places: [
      { id: 'buero', name: 'Quartiersbüro', project: 'lena' },
      { id: 'treff', name: 'Nordtreff', project: 'nord' },
      { id: 'offen', name: 'Bürgerhaus' },
    ],
    offers: [
      { id: 'beratung', name: 'Beratung', project: 'lena' },
      { id: 'frauen', name: 'Frauentreff', place: 'buero' },
      { id: 'gast', name: 'Gastangebot', project: 'nord', place: 'buero' },
      { id: 'sprachkurs', name: 'Sprachkurs', project: 'lena', place: 'offen' },
      { id: 'lose', name: 'Ohne alles' },
      { id: 'nordcafe', name: 'Nordcafé', place: 'treff' },
    ],
  });
  const lena = projectById(feed, 'lena')!;
  const nord = projectById(feed, 'nord')!;
  const ids = (list: ReadonlyArray<{ id: string }>): string[] => list.map((r) => r.id);

  it('finds records by id', () => {
    expect(lena.name).to.deep.equal({ de: 'LeNa' });
    expect(projectById(feed, 'nobody')).to.equal(undefined);
    expect(organizationById(feed, 'stadt')!.name).to.deep.equal({ de: 'Stadt Seesen' });
    expect(organizationById(feed, 'lena')).to.equal(undefined);
    expect(placeById(feed, 'treff')!.project).to.equal('nord');
    expect(placeById(feed, 'stadt')).to.equal(undefined);
  });

  describe('resolveProject', () => {
    it('takes the project with the id', () => {
      expect(resolveProject(feed, 'nord')).to.equal(nord);
      expect(resolveProject(feed, 'nobody')).to.equal(undefined);
    });

    it('takes the only project when no id is given', () => {
      const single = validateFeed({ version: '1', projects: [{ id: 'solo', name: 'Solo' }] }).feed;
      expect(resolveProject(single, undefined)!.id).to.equal('solo');
      expect(resolveProject(single, '')!.id).to.equal('solo');
      expect(resolveProject(single, 'other')).to.equal(undefined);
    });

    it('gives nothing without an id when there are several projects or none', () => {
      expect(resolveProject(feed, undefined)).to.equal(undefined);
      const none = validateFeed({ version: '1', organizations: [{ id: 'o', name: 'O' }] }).feed;
      expect(resolveProject(none, undefined)).to.equal(undefined);
    });
  });

  describe('projectPartners', () => {
    it('gives the partners with their organisations, in order', () => {
      const partners = projectPartners(feed, lena);
      expect(partners.map((p) => [p.organization.id, p.role])).to.deep.equal([
        ['stadt', 'lead'],
        ['diakonie', 'partner'],
      ]);
      expect(partners[0]!.organization).to.equal(organizationById(feed, 'stadt'));
      expect(partners[0]!.contribution).to.deep.equal({ de: 'Projektleitung' });
      // Own and undefined: never read from a (possibly polluted) prototype.
      expect(Object.hasOwn(partners[1]!, 'contribution') && partners[1]!.contribution === undefined).to.equal(true);
    });

    it('skips a partner whose organisation is not in the feed', () => {
      const project: Project = { ...lena, partners: [{ organization: 'ghost', role: 'lead' }, ...lena.partners] };
      expect(projectPartners(feed, project).map((p) => p.organization.id)).to.deep.equal(['stadt', 'diakonie']);
    });
  });

  describe('projectOffers', () => {
    it('gives the offers naming the project and those at its places that name no project', () => {
      expect(ids(projectOffers(feed, lena))).to.deep.equal(['beratung', 'frauen', 'sprachkurs']);
      expect(ids(projectOffers(feed, nord))).to.deep.equal(['gast', 'nordcafe']);
    });

    it('gives nothing for a project without offers', () => {
      const feed2 = validateFeed({ version: '1', projects: [{ id: 'leer', name: 'Leer' }] }).feed;
      expect(projectOffers(feed2, feed2.projects[0]!)).to.deep.equal([]);
    });
  });

  describe('projectPlaces', () => {
    it('gives the places naming the project and those where its offers are held', () => {
      expect(ids(projectPlaces(feed, lena))).to.deep.equal(['buero', 'offen']);
      // `buero` is lena's, but nord's offer `gast` is held there.
      expect(ids(projectPlaces(feed, nord))).to.deep.equal(['buero', 'treff']);
    });
  });

  describe('placeOffers', () => {
    it('gives the offers held at a place, whatever their project', () => {
      expect(ids(placeOffers(feed, placeById(feed, 'buero')!))).to.deep.equal(['frauen', 'gast']);
      expect(ids(placeOffers(feed, placeById(feed, 'offen')!))).to.deep.equal(['sprachkurs']);
      expect(ids(placeOffers(feed, placeById(feed, 'treff')!))).to.deep.equal(['nordcafe']);
    });
  });

  describe('organizationProjects', () => {
    it('gives the projects an organisation takes part in, with its role', () => {
      const diakonie = organizationProjects(feed, organizationById(feed, 'diakonie')!);
      expect(diakonie.map((p) => [p.project.id, p.role])).to.deep.equal([
        ['lena', 'partner'],
        ['nord', 'funder'],
      ]);
      expect(diakonie[0]!.project).to.equal(lena);
      expect(Object.hasOwn(diakonie[0]!, 'contribution') && diakonie[0]!.contribution === undefined).to.equal(true);
      expect(diakonie[1]!.contribution).to.deep.equal({ de: '3.000 Euro jährlich' });
      expect(organizationProjects(feed, organizationById(feed, 'stadt')!).map((p) => p.role)).to.deep.equal(['lead']);
    });

    it('gives nothing for an organisation in no project', () => {
      expect(organizationProjects(feed, organizationById(feed, 'verein')!)).to.deep.equal([]);
    });

    it('lists each role when an organisation has two in one project', () => {
      const f: Feed = {
        ...feed,
        projects: [
          {
            ...lena,
            partners: [
              { organization: 'stadt', role: 'lead' },
              { organization: 'stadt', role: 'owner' },
            ],
          },
        ],
      };
      expect(organizationProjects(f, organizationById(f, 'stadt')!).map((p) => p.role)).to.deep.equal(['lead', 'owner']);
    });
  });
});
