/**
 * The sample feeds in `data/` carry every fact of the two source documents
 * (`shared/seeds/`): the Salzgitter news article (Obere Berliner Straße) and the
 * Seesen project-database entry (LeNa), each figure with the qualifier the
 * source gives it ("über 2.300", "ca. 11.250"), and nothing the sources do
 * not state: no coordinates presented as measured, no radius the source does
 * not name, no offer placed where the source does not place it, no county or
 * state the source does not name. Fact checks read the RAW JSON, so they do
 * not depend on validator internals; only the zero-warnings check goes
 * through `validateFeed()`. What the card makes of these facts is checked in
 * test/elements/quartier-card.test.ts.
 */
import { expect } from '@open-wc/testing';
import { validateFeed } from '../../src/feed/validate.js';

type Obj = Record<string, unknown>;

const SAMPLES = {
  salzgitter: 'salzgitter-obere-berliner-strasse',
  seesen: 'seesen-lena',
} as const;
type Sample = keyof typeof SAMPLES;

async function load(name: string): Promise<unknown> {
  const response = await fetch(`/data/${name}.json`);
  if (!response.ok) throw new Error(`/data/${name}.json: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

// ---- tiny accessors for raw JSON -------------------------------------------

function obj(value: unknown): Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};
}

function arr(value: unknown): Obj[] {
  return Array.isArray(value) ? value.map(obj) : [];
}

/** A raw Text (plain string or `{de: …}`) as its German string, or ''. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  const de = obj(value)['de'];
  return typeof de === 'string' ? de : '';
}

function has(value: unknown, ...needles: string[]): boolean {
  const t = text(value);
  return needles.every((n) => t.includes(n));
}

/** A raw feed with lookups by id and by name. */
class Raw {
  constructor(readonly root: Obj) {}

  get project(): Obj {
    return arr(this.root['projects'])[0] ?? {};
  }
  list(name: 'projects' | 'organizations' | 'places' | 'offers'): Obj[] {
    return arr(this.root[name]);
  }
  p(field: string): unknown {
    return this.project[field];
  }
  pList(field: string): Obj[] {
    return arr(this.project[field]);
  }
  texts(field: string): string[] {
    const value = this.project[field];
    return Array.isArray(value) ? value.map(text) : [];
  }
  ids(list: 'organizations' | 'places' | 'offers'): Set<string> {
    return new Set(this.list(list).map((r) => String(r['id'])));
  }
  org(nameContains: string): Obj | undefined {
    return this.list('organizations').find((o) => has(o['name'], nameContains));
  }
  partner(nameContains: string): Obj | undefined {
    const id = this.org(nameContains)?.['id'];
    return id === undefined ? undefined : this.pList('partners').find((p) => p['organization'] === id);
  }
  place(nameContains: string): Obj | undefined {
    return this.list('places').find((p) => has(p['name'], nameContains));
  }
  offer(nameContains: string): Obj | undefined {
    return this.list('offers').find((o) => has(o['name'], nameContains));
  }
  quote(name: string): Obj | undefined {
    return this.pList('quotes').find((q) => q['name'] === name);
  }
  contact(name: string): Obj | undefined {
    return this.pList('contacts').find((c) => c['name'] === name);
  }
  fact(labelContains: string): Obj | undefined {
    return this.pList('facts').find((f) => has(f['label'], labelContains));
  }
  goal(...needles: string[]): boolean {
    return this.texts('goals').some((g) => needles.every((n) => g.includes(n)));
  }
  /** The offer exists, names a provider that exists, and has a category (no place: neither source places an offer). */
  offerIsComplete(nameContains: string, category: string, providerNameContains: string): boolean {
    const offer = this.offer(nameContains);
    const provider = this.org(providerNameContains);
    return (
      offer !== undefined && provider !== undefined && offer['category'] === category && offer['provider'] === provider['id'] && offer['place'] === undefined
    );
  }
}

interface FactCheck {
  readonly fact: string;
  readonly check: (feed: Raw) => boolean;
}

// ---- Salzgitter: news article, 2021-01, Roland Weiterer --------------------

const SALZGITTER: readonly FactCheck[] = [
  { fact: 'format version "1", language de', check: (f) => f.root['version'] === '1' && f.root['language'] === 'de' },
  {
    fact: 'municipality Salzgitter, and nothing the article does not say of it',
    check: (f) => JSON.stringify(f.p('municipality')) === '{"name":"Salzgitter"}',
  },
  { fact: 'quarter Obere Berliner Straße', check: (f) => has(obj(f.p('quarter'))['name'], 'Obere Berliner Straße') },
  { fact: 'quarter is in Lebenstedt', check: (f) => has(obj(f.p('quarter'))['description'], 'Lebenstedt') },
  {
    fact: 'über 2.300 Bewohnerinnen und Bewohner: 2300 with the qualifier more-than, once (not also as a fact, never "ca.")',
    check: (f) => {
      const q = obj(f.p('quarter'));
      return q['residents'] === 2300 && q['residentsQualifier'] === 'more-than' && q['residentsApproximate'] === undefined && f.pList('facts').length === 0;
    },
  },
  {
    fact: 'quarter centre for the map, marked as estimated, with a note why; no radius (the article states none)',
    check: (f) => {
      const q = obj(f.p('quarter'));
      const c = obj(q['center']);
      return (
        Math.abs(Number(c['lat']) - 52.16) < 0.02 &&
        Math.abs(Number(c['lng']) - 10.335) < 0.02 &&
        c['approximate'] === true &&
        q['radiusMeters'] === undefined &&
        has(q['geoNote'], 'geschätzt', 'keine Ausdehnung')
      );
    },
  },
  {
    fact: 'partners Stadt Salzgitter, Diakonie, TAG Wohnen concluded a Kooperationsvertrag',
    check: (f) => has(f.p('summary'), 'Stadt Salzgitter', 'Diakonie', 'TAG Wohnen', 'Kooperationsvertrag'),
  },
  { fact: 'goal: Viertel aufwerten', check: (f) => f.goal('Viertel', 'aufwerten') },
  { fact: 'goal: Netzwerkarbeit vertiefen', check: (f) => f.goal('Netzwerkarbeit vertiefen') },
  { fact: 'goal: Angebotslücken erkennen', check: (f) => f.goal('Angebotslücken erkennen') },
  { fact: 'goal: Lösungen gemeinsam erarbeiten', check: (f) => f.goal('Lösungen gemeinsam erarbeiten') },
  { fact: 'goal: Zusammenleben aktiv gestalten', check: (f) => f.goal('Zusammenleben', 'aktiv gestalten') },
  { fact: 'goal: gesellschaftliche Konflikte reduzieren', check: (f) => f.goal('Konflikte reduzieren') },
  { fact: 'goal: Zusammenhalt im Quartier fördern', check: (f) => f.goal('Zusammenhalt im Quartier fördern') },
  { fact: 'goal: Parallelstrukturen verhindern', check: (f) => f.goal('Parallelstrukturen zu verhindern') },
  { fact: 'goal: bedarfsorientierte Angebotsplanung', check: (f) => f.goal('edarfsorientierte Angebotsplanung') },
  {
    fact: 'fields of action: integration and social, nothing the article does not support',
    check: (f) => {
      const codes = (f.p('fieldsOfAction') as unknown[] | undefined) ?? [];
      return codes.includes('integration') && codes.includes('social') && !codes.includes('participation');
    },
  },
  {
    fact: 'TAG Wohnen: partner, Wohnung in der Berliner Straße 92 mit erheblich reduzierter Miete als Koordinationsstelle',
    check: (f) => {
      const p = f.partner('TAG Wohnen');
      return typeof p?.['role'] === 'string' && has(p['contribution'], 'Berliner Straße 92', 'erheblich reduziert', 'Koordinationsstelle');
    },
  },
  {
    fact: 'Stadt Salzgitter: Beratungsressourcen im Sozial- und Bildungsbereich',
    check: (f) => has(f.partner('Stadt Salzgitter')?.['contribution'], 'Beratungsressourcen im Sozial- und Bildungsbereich'),
  },
  {
    fact: 'Diakonie: personelle Besetzung in der Sozialarbeit mit Markus Meyer',
    check: (f) => has(f.partner('Diakonie')?.['contribution'], 'ersonelle Besetzung in der Sozialarbeit', 'Markus Meyer'),
  },
  { fact: 'Land Niedersachsen is funder', check: (f) => f.partner('Land Niedersachsen')?.['role'] === 'funder' },
  {
    fact: 'Runder Tisch Wohnungswirtschaft angeschoben (network)',
    check: (f) => {
      const p = f.partner('Runder Tisch Wohnungswirtschaft');
      return p?.['role'] === 'network' && has(p['contribution'], 'angeschoben');
    },
  },
  {
    fact: 'funding: Integrationsfonds des Landes Niedersachsen, funder Land Niedersachsen',
    check: (f) =>
      f.pList('funding').some((x) => has(x['program'], 'Integrationsfonds des Landes Niedersachsen') && x['funder'] === f.org('Land Niedersachsen')?.['id']),
  },
  {
    fact: 'contact Markus Meyer (Diakonie, Sozialarbeit), with no place the article does not name',
    check: (f) => !has(f.contact('Markus Meyer')?.['role'], 'Koordinationsstelle'),
  },
  {
    fact: 'contact Markus Meyer (Diakonie, Sozialarbeit)',
    check: (f) => {
      const c = f.contact('Markus Meyer');
      return c?.['organization'] === f.org('Diakonie')?.['id'] && has(c?.['role'], 'Sozialarbeit');
    },
  },
  { fact: 'period ends 2021-12-31', check: (f) => obj(f.p('period'))['end'] === '2021-12-31' },
  { fact: 'period note: continuation intended if further funding', check: (f) => has(obj(f.p('period'))['note'], 'weiteren Finanzierung', 'fortsetzen') },
  { fact: 'period note: trio cooperating since 2013', check: (f) => has(obj(f.p('period'))['note'], 'seit 2013') },
  { fact: 'description: trio cooperating since 2013', check: (f) => has(f.p('description'), 'seit 2013 eng zusammen') },
  {
    fact: 'quote by Claudius Oleszak, Chef der TAG Wohnen in Salzgitter',
    check: (f) => {
      const q = f.quote('Claudius Oleszak');
      return has(q?.['text'], 'Gold wert', 'über 2.300') && has(q?.['role'], 'Chef der TAG Wohnen') && q?.['organization'] === 'tag-wohnen';
    },
  },
  {
    fact: 'quote by Petra Behrens-Schröter, Leiterin der Diakonie-Kreisstelle',
    check: (f) => {
      const q = f.quote('Petra Behrens-Schröter');
      return has(q?.['text'], 'Erfolgreiche Integrationsarbeit', 'engagierte Bürgerinnen und Bürger') && has(q?.['role'], 'Leiterin der Diakonie-Kreisstelle');
    },
  },
  {
    fact: 'quote by Stadtrat Dr. Dirk Härdrich',
    check: (f) => {
      const q = f.quote('Dr. Dirk Härdrich');
      return has(q?.['text'], 'Fachlichkeit aller Beteiligten', 'sehr dankbar') && has(q?.['role'], 'Stadtrat');
    },
  },
  {
    fact: 'quoted text of the agreement (Zuzug von Geflüchteten in den letzten fünf Jahren)',
    check: (f) =>
      f
        .pList('quotes')
        .some((q) => has(q['text'], 'starken Zuzug von Geflüchteten nach Salzgitter in den letzten fünf Jahren', 'Menschen aus unterschiedlichen Kulturen')),
  },
  { fact: 'background: Parallelstrukturen verhindern', check: (f) => has(f.p('characteristics'), 'Parallelstrukturen zu verhindern') },
  { fact: 'regelmäßige Abstimmungsgespräche', check: (f) => has(f.p('description'), 'Abstimmungsgespräche') },
  { fact: 'weitere Akteure bei Bedarf', check: (f) => has(f.p('description'), 'Bei Bedarf können weitere Akteure hinzugezogen werden') },
  { fact: 'Integrierte Sozialplanung der Stadt', check: (f) => has(f.p('description'), 'Integrierten Sozialplanung') },
  {
    fact: 'place Koordinationsstelle, Berliner Straße 92, with estimated geo',
    check: (f) => {
      const p = f.place('Koordinationsstelle');
      return obj(p?.['address'])['street'] === 'Berliner Straße 92' && typeof obj(p?.['geo'])['lat'] === 'number' && has(p?.['geoNote'], 'geschätzt');
    },
  },
  {
    fact: 'place Begegnungsstätte START.Punkt, Berliner Straße 200/202',
    check: (f) => {
      const p = f.place('START.Punkt');
      return has(p?.['name'], 'Begegnungsstätte') && obj(p?.['address'])['street'] === 'Berliner Straße 200/202' && typeof obj(p?.['geo'])['lng'] === 'number';
    },
  },
  {
    fact: 'place Generationentreff im Martin-Luther-Viertel',
    check: (f) => typeof obj(f.place('Generationentreff')?.['geo'])['lat'] === 'number' && has(f.place('Generationentreff')?.['name'], 'Martin-Luther-Viertel'),
  },
  {
    fact: 'offer: Sozialarbeit (Diakonie), not placed (the article does not say where)',
    check: (f) => f.offerIsComplete('Sozialarbeit', 'counselling', 'Diakonie'),
  },
  {
    fact: 'offer: Beratung im Sozial- und Bildungsbereich (Stadt), not placed (the article does not say where)',
    check: (f) => f.offerIsComplete('Beratung im Sozial- und Bildungsbereich', 'counselling', 'Stadt Salzgitter'),
  },
  {
    fact: 'source: article 2021-01 by Roland Weiterer, Salzgitter',
    check: (f) => f.pList('sources').some((s) => s['author'] === 'Roland Weiterer' && s['date'] === '2021-01' && has(s['note'], 'Salzgitter')),
  },
  { fact: 'reviewed 2021-01', check: (f) => f.p('reviewed') === '2021-01' },
];

// ---- Seesen: project-database entry, Natascha Wasnick ----------------------

const SEESEN: readonly FactCheck[] = [
  { fact: 'format version "1", language de', check: (f) => f.root['version'] === '1' && f.root['language'] === 'de' },
  { fact: 'name Kooperationsgemeinschaft – Lebendige Nachbarschaft', check: (f) => text(f.p('name')) === 'Kooperationsgemeinschaft – Lebendige Nachbarschaft' },
  { fact: 'short name LeNa', check: (f) => text(f.p('shortName')) === 'LeNa' },
  {
    fact: 'municipality Seesen, ca. 11.250 Einwohner, and no county or state (the entry names none)',
    check: (f) => JSON.stringify(f.p('municipality')) === '{"name":"Seesen","population":11250,"populationQualifier":"approximately"}',
  },
  { fact: 'quarter: Quartier rund um die Hochstraße', check: (f) => text(obj(f.p('quarter'))['name']) === 'Quartier rund um die Hochstraße' },
  {
    fact: 'quarter: ca. 2.000 Einwohner',
    check: (f) => obj(f.p('quarter'))['residents'] === 2000 && obj(f.p('quarter'))['residentsQualifier'] === 'approximately',
  },
  {
    fact: 'quarter: ca. 480 Wohneinheiten',
    check: (f) => obj(f.p('quarter'))['housingUnits'] === 480 && obj(f.p('quarter'))['housingUnitsQualifier'] === 'approximately',
  },
  { fact: 'quarter is the largest of the ›Wiederaufbau‹ eG in Seesen', check: (f) => has(obj(f.p('quarter'))['description'], 'größte Quartier') },
  {
    fact: 'Sozialraumbezug: radius ca. 1 km (stated by the source, approximate); the centre estimated, with a note why',
    check: (f) => {
      const q = obj(f.p('quarter'));
      const c = obj(q['center']);
      return (
        q['radiusMeters'] === 1000 &&
        q['radiusApproximate'] === true &&
        Math.abs(Number(c['lat']) - 51.89) < 0.02 &&
        Math.abs(Number(c['lng']) - 10.18) < 0.02 &&
        c['approximate'] === true &&
        has(q['geoNote'], 'geschätzt', 'ca. 1 Kilometer')
      );
    },
  },
  {
    fact: '646 Wohneinheiten of the ›Wiederaufbau‹ eG, exact (no qualifier)',
    check: (f) => f.fact('Wohneinheiten')?.['value'] === 646 && f.fact('Wohneinheiten')?.['qualifier'] === undefined,
  },
  {
    fact: 'ca. 1.050 Personen in those Wohneinheiten',
    check: (f) => f.fact('Personen')?.['value'] === 1050 && f.fact('Personen')?.['qualifier'] === 'approximately',
  },
  {
    fact: 'Arbeitslosenquote ca. 7 %',
    check: (f) => {
      const x = f.fact('Arbeitslosenquote');
      return x?.['value'] === 7 && text(x['unit']) === '%' && x['qualifier'] === 'approximately';
    },
  },
  { fact: 'Mieterstruktur: 1/4 Transferleistungen', check: (f) => text(f.fact('Transferleistungen')?.['value']) === '1/4' },
  { fact: 'Mieterstruktur: 1/4 Rentenbezüge', check: (f) => text(f.fact('Rentenbezüge')?.['value']) === '1/4' },
  { fact: 'Mieterstruktur: die Hälfte mit Einkommen', check: (f) => has(f.fact('Einkommen')?.['value'], 'Hälfte') },
  { fact: 'residents: hoher Anteil älterer Menschen über 60 Jahre', check: (f) => has(f.p('residents'), 'älteren Menschen über 60 Jahre') },
  { fact: 'residents: Mieterstruktur as text', check: (f) => has(f.p('residents'), 'Mieterstruktur', 'Transferleistungen', 'Rentenbezüge', 'Hälfte') },
  { fact: 'residents: Anteil ausländischer Mitbürger eher gering', check: (f) => has(f.p('residents'), 'ausländischen Mitbürgern ist eher gering') },
  { fact: 'residents: demografischer Wandel sichtbar', check: (f) => has(f.p('residents'), 'demografische Wandel bereits sichtbar') },
  { fact: 'buildings: Baujahre 1963 – 1974, teilweise 1992 – 1995', check: (f) => has(f.p('buildings'), '1963 – 1974', '1992 – 1995') },
  { fact: 'buildings: dreigeschossig, selten vier oder mehr Stockwerke', check: (f) => has(f.p('buildings'), 'dreigeschossig', 'vier oder mehr Stockwerke') },
  {
    fact: 'buildings: Geschosswohnungsbau, Einfamilien- und Reihenhäuser',
    check: (f) => has(f.p('buildings'), 'Geschosswohnungsbau', 'Einfamilien- und Reihenhäuser'),
  },
  { fact: 'characteristics: „Schlafstadt“', check: (f) => has(f.p('characteristics'), '„Schlafstadt“') },
  { fact: 'characteristics: seniorengerechtes Einkaufen', check: (f) => has(f.p('characteristics'), 'seniorengerechten Einkaufen') },
  { fact: 'characteristics: Grünflächen, Sehusa Wasserwelt', check: (f) => has(f.p('characteristics'), 'Grünflächen', 'Sehusa Wasserwelt') },
  {
    fact: 'characteristics: Schulen, Kindergarten, Seniorenheim, Pflegedienste nearby',
    check: (f) => has(f.p('characteristics'), 'Schulen, Kindergarten, Seniorenheim, Pflegedienste und kleinere Einkaufsmöglichkeiten'),
  },
  { fact: 'six goals', check: (f) => f.texts('goals').length === 6 },
  {
    fact: 'goal: Verbesserung der Lebensbedingungen und Lebenschancen',
    check: (f) => f.goal('Verbesserung der Lebensbedingungen und Lebenschancen im Quartier'),
  },
  { fact: 'goal: Beratungs- und Nachbarschaftstreff', check: (f) => f.goal('Bereitstellung eines Beratungs- und Nachbarschaftstreffs') },
  { fact: 'goal: Aktivierung der Bewohner/-innen', check: (f) => f.goal('Aktivierung der Bewohner/-innen') },
  { fact: 'goal: Vernetzung', check: (f) => f.goal('Vernetzung unterschiedlicher Interessensgruppen und lokaler Akteure') },
  { fact: 'goal: Aufbau von Kooperationen', check: (f) => f.goal('Aufbau von Kooperationen zwischen Initiativen, Institutionen und Unternehmen') },
  { fact: 'goal: Initiierung von Projekten und Finanzierung', check: (f) => f.goal('Initiierung von Projekten', 'Organisation von deren Finanzierung') },
  {
    fact: 'fields of action: exactly the eight Handlungsfelder',
    check: (f) => {
      const codes = [...((f.p('fieldsOfAction') as unknown[] | undefined) ?? [])].map(String).sort();
      return JSON.stringify(codes) === JSON.stringify(['economy', 'education', 'environment', 'health', 'housing', 'image', 'leisure', 'social']);
    },
  },
  { fact: 'description: Kooperation als Kernelement', check: (f) => has(f.p('description'), 'Kooperation als Kernelement') },
  { fact: 'description: Begegnungstreffpunkt is Anlaufstelle', check: (f) => has(f.p('description'), 'Anlaufstelle für die Bewohner/-innen') },
  { fact: 'partner Baugenossenschaft ›Wiederaufbau‹ eG leads', check: (f) => f.partner('Baugenossenschaft ›Wiederaufbau‹ eG')?.['role'] === 'lead' },
  {
    fact: 'partner Paritätischer Seesen leads',
    check: (f) =>
      f.partner('Paritätischer Wohlfahrtsverband Seesen')?.['role'] === 'lead' && has(f.org('Paritätischer')?.['shortName'], 'Paritätischer Seesen'),
  },
  { fact: 'partner Stadt Seesen', check: (f) => f.partner('Stadt Seesen') !== undefined },
  {
    fact: 'AKIT – Arbeitskreis Integrations-Treff with its URL, involved as network',
    check: (f) =>
      f.org('Arbeitskreis Integrations-Treff')?.['url'] ===
        'https://www.stadtverwaltung-seesen.de/Buerger/Rathaus/A-Z-Dienstleistungen/AKIT-Arbeitskreis-Integrations-Treff' &&
      f.partner('AKIT')?.['role'] === 'network',
  },
  {
    fact: 'AKIT: mehr als fünf Jahre, Migranten und Asylbewerber',
    check: (f) => has(f.org('AKIT')?.['description'], 'mehr als fünf Jahre', 'Migranten', 'Asylbewerber'),
  },
  {
    fact: 'Projektleitung G. Kaluza, Abteilungsleiter des Sozialen Managements',
    check: (f) =>
      has(f.contact('G. Kaluza')?.['role'], 'Abteilungsleiter des Sozialen Managements') && f.contact('G. Kaluza')?.['organization'] === 'wiederaufbau-eg',
  },
  {
    fact: 'Projektleitung S. Dickfeld, Geschäftsführer',
    check: (f) => has(f.contact('S. Dickfeld')?.['role'], 'Geschäftsführer') && f.contact('S. Dickfeld')?.['organization'] === 'paritaetischer-seesen',
  },
  {
    fact: 'funding: mietfreie Überlassung der Räumlichkeiten',
    check: (f) => f.pList('funding').some((x) => has(x['description'], 'Mietfreie Überlassung der Räumlichkeiten')),
  },
  {
    fact: 'funding: 3.000 Euro jährlich for Personalkosten einer Mitarbeiterin',
    check: (f) =>
      f.pList('funding').some((x) => {
        const a = obj(x['amount']);
        return (
          a['value'] === 3000 &&
          a['currency'] === 'EUR' &&
          a['per'] === 'year' &&
          has(x['description'], 'ausschließlich', 'Personalkosten für eine Mitarbeiterin')
        );
      }),
  },
  { fact: 'period: since 2012', check: (f) => obj(f.p('period'))['start'] === '2012' },
  {
    fact: 'place: Beratungs- und Nachbarschaftstreff / Begegnungstreffpunkt with estimated geo, no address beyond the town',
    check: (f) => {
      const p = f.place('Begegnungstreffpunkt');
      return (
        has(p?.['name'], 'Beratungs- und Nachbarschaftstreff') &&
        typeof obj(p?.['geo'])['lat'] === 'number' &&
        has(p?.['geoNote'], 'Geschätzt', 'keine Adresse') &&
        JSON.stringify(p?.['address']) === '{"locality":"Seesen"}'
      );
    },
  },
  { fact: 'offer: Sprachkurse', check: (f) => f.offerIsComplete('Sprachkurse', 'language', 'AKIT') },
  { fact: 'offer: umfangreiche Beratung', check: (f) => f.offerIsComplete('Beratung', 'counselling', 'AKIT') },
  { fact: 'offer: Unterstützung in Behördenangelegenheiten', check: (f) => f.offerIsComplete('Behördenangelegenheiten', 'counselling', 'AKIT') },
  { fact: 'offer: Übersetzungen', check: (f) => f.offerIsComplete('Übersetzungen', 'other', 'AKIT') },
  {
    fact: 'offer: Informationen über regionale Strukturen und Integrationsförderung',
    check: (f) => f.offerIsComplete('regionale Strukturen und Integrationsförderung', 'counselling', 'AKIT'),
  },
  {
    fact: 'offer: Frauentreffs',
    check: (f) => f.offerIsComplete('Frauentreffs', 'meeting', 'AKIT') && text(f.offer('Frauentreffs')?.['audience']) === 'Frauen',
  },
  {
    fact: 'offer: Männerkochkurse',
    check: (f) => f.offerIsComplete('Männerkochkurse', 'education', 'AKIT') && text(f.offer('Männerkochkurse')?.['audience']) === 'Männer',
  },
  {
    fact: 'source: database entry by Natascha Wasnick, photo credit in the note',
    check: (f) => f.pList('sources').some((s) => s['author'] === 'Natascha Wasnick' && has(s['note'], 'Foto: Baugenossenschaft ›Wiederaufbau‹ eG')),
  },
];

const FACTS: Record<Sample, readonly FactCheck[]> = { salzgitter: SALZGITTER, seesen: SEESEN };

describe('sample feeds', () => {
  const raw = new Map<Sample, Raw>();

  before(async () => {
    for (const sample of Object.keys(SAMPLES) as Sample[]) {
      raw.set(sample, new Raw(obj(await load(SAMPLES[sample]))));
    }
  });

  function feed(sample: Sample): Raw {
    const f = raw.get(sample);
    if (!f) throw new Error(`${sample} not loaded`);
    return f;
  }

  for (const sample of Object.keys(SAMPLES) as Sample[]) {
    describe(`data/${SAMPLES[sample]}.json`, () => {
      it('validates with zero warnings', () => {
        const result = validateFeed(feed(sample).root, { source: `/data/${SAMPLES[sample]}.json` });
        expect(result.warnings, JSON.stringify(result.warnings, null, 2)).to.have.length(0);
        expect(result.feed.projects).to.have.length(1);
      });

      it('refers only to ids that exist, and every id is a unique slug', () => {
        const f = feed(sample);
        const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
        for (const list of ['projects', 'organizations', 'places', 'offers'] as const) {
          const ids = f.list(list).map((r) => r['id']);
          for (const id of ids) expect(slug.test(String(id)), `${list}: id ${String(id)} is not a slug`).to.be.true;
          expect(new Set(ids).size, `${list}: duplicate ids`).to.equal(ids.length);
        }
        const orgs = f.ids('organizations');
        const places = f.ids('places');
        const projects = new Set(f.list('projects').map((p) => p['id']));
        for (const p of f.pList('partners')) expect(orgs.has(String(p['organization'])), `partner ${String(p['organization'])}`).to.be.true;
        for (const c of f.pList('contacts')) if (c['organization']) expect(orgs.has(String(c['organization'])), `contact ${String(c['name'])}`).to.be.true;
        for (const q of f.pList('quotes')) if (q['organization']) expect(orgs.has(String(q['organization'])), `quote by ${String(q['name'])}`).to.be.true;
        for (const x of f.pList('funding')) if (x['funder']) expect(orgs.has(String(x['funder'])), `funder ${String(x['funder'])}`).to.be.true;
        for (const p of f.list('places')) if (p['project']) expect(projects.has(p['project']), `place ${String(p['id'])}: project`).to.be.true;
        for (const o of f.list('offers')) {
          expect(projects.has(o['project']), `offer ${String(o['id'])}: project`).to.be.true;
          if (o['place'] !== undefined) expect(places.has(String(o['place'])), `offer ${String(o['id'])}: place`).to.be.true;
          expect(orgs.has(String(o['provider'])), `offer ${String(o['id'])}: provider`).to.be.true;
        }
      });

      it('presents no estimate as a fact: every position is marked estimated and says why; no offer is placed; every figure keeps its qualifier', () => {
        const f = feed(sample);
        for (const place of f.list('places')) {
          expect(obj(place['geo'])['approximate'], `place ${String(place['id'])}: geo.approximate`).to.equal(true);
          expect(text(place['geoNote']), `place ${String(place['id'])}: geoNote`).to.match(/geschätzt/i);
        }
        const quarter = obj(f.p('quarter'));
        expect(obj(quarter['center'])['approximate'], 'quarter.center.approximate').to.equal(true);
        expect(text(quarter['geoNote'])).to.match(/geschätzt/i);
        // Neither source says where an offer takes place.
        expect(
          f
            .list('offers')
            .filter((o) => o['place'] !== undefined)
            .map((o) => o['id']),
        ).to.deep.equal([]);
        // A qualifier, never the older flag, so that "über" cannot become "ca.".
        const body = JSON.stringify(f.root);
        for (const flag of ['"populationApproximate"', '"residentsApproximate"', '"housingUnitsApproximate"', '"approximate":false']) {
          expect(body.includes(flag), flag).to.be.false;
        }
        for (const fact of f.pList('facts')) expect(fact['approximate'], `fact ${text(fact['label'])}`).to.equal(undefined);
      });

      it('invents no contact data, schedules or machine translations', () => {
        const body = JSON.stringify(feed(sample).root);
        for (const key of ['"email"', '"phone"', '"postalCode"', '"schedule"', '"dates"', '"machineTranslated"', '"license"']) {
          expect(body.includes(key), `unexpected ${key}`).to.be.false;
        }
        expect(obj(feed(sample).root['publisher'])).to.deep.equal({ name: 'Quartier Widgets – Beispieldaten' });
      });

      for (const { fact, check } of FACTS[sample]) {
        it(`carries: ${fact}`, () => {
          expect(check(feed(sample)), `missing fact in data/${SAMPLES[sample]}.json: ${fact}`).to.be.true;
        });
      }
    });
  }
});
