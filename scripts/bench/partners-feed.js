// A valid, deterministic feed for the <partner-list> benchmark: `count`
// organisations with German names, types, addresses and contacts, and one
// project that has every one of them as a partner in a role (lead, partner,
// funder, owner, network; some in two roles), most with a contribution.
// Synthetic data, named as such in every record.
const KINDS = [
  { type: 'municipality', names: ['Stadt', 'Gemeinde', 'Landkreis'], short: 'Stadt' },
  {
    type: 'welfare',
    names: ['Diakonisches Werk', 'Caritasverband', 'AWO Kreisverband', 'DRK-Ortsverein', 'Paritätischer Wohlfahrtsverband'],
    short: 'Wohlfahrt',
  },
  { type: 'housing', names: ['Wohnungsbaugenossenschaft', 'Baugenossenschaft ›Eigenheim‹ eG', 'Städtische Wohnungsgesellschaft'], short: 'Wohnen' },
  { type: 'church', names: ['Ev.-luth. Kirchengemeinde St. Andreas', 'Kath. Pfarrgemeinde St. Marien', 'Moscheegemeinde'], short: 'Gemeinde' },
  {
    type: 'association',
    names: ['Bürgerverein', 'Sportverein Grün-Weiß', 'Förderverein Spielplatz', 'Kulturverein Brücke', 'Nachbarschaftshilfe'],
    short: 'Verein',
  },
  { type: 'school', names: ['Grundschule Am Mühlenteich', 'Oberschule', 'Volkshochschule', 'Musikschule'], short: 'Schule' },
  { type: 'state', names: ['Landesamt für Soziales', 'Jobcenter', 'Agentur für Arbeit'], short: 'Amt' },
  { type: 'company', names: ['Bäckerei Müller GmbH', 'Sparkasse', 'Apotheke am Markt', 'Stadtwerke'], short: 'Firma' },
  { type: 'other', names: ['Stiftung Bürgersinn', 'Initiative Grünfläche', 'Quartiersbüro'], short: 'Initiative' },
];
const TOWNS = [
  ['Seesen', '38723'],
  ['Salzgitter-Lebenstedt', '38226'],
  ['Goslar', '38640'],
  ['Bad Harzburg', '38667'],
  ['Wolfenbüttel', '38300'],
  ['Braunschweig', '38100'],
  ['Peine', '31224'],
  ['Hildesheim', '31134'],
  ['Northeim', '37154'],
  ['Osterode am Harz', '37520'],
  ['Einbeck', '37574'],
  ['Langelsheim', '38685'],
];
const STREETS = ['Hauptstraße', 'Bahnhofstraße', 'Lange Straße', 'Jacobsonstraße', 'Am Göttinger Tor', 'Berliner Straße', 'Marktplatz', 'Schützenallee'];
const ROLES = ['partner', 'partner', 'partner', 'network', 'network', 'funder', 'owner', 'partner', 'network', 'partner'];
const CONTRIBUTIONS = [
  'Stellt Räume für Treffen und Beratung zur Verfügung.',
  'Bietet einmal wöchentlich eine offene Sprechstunde im Quartier an.',
  'Übernimmt Übersetzungen und begleitet Familien bei Behördengängen.',
  'Organisiert das jährliche Straßenfest gemeinsam mit den Bewohnerinnen und Bewohnern.',
  'Fördert Sprachkurse und Angebote für Kinder und Jugendliche.\n\nBeteiligt sich an der Lenkungsgruppe.',
];

/**
 * @param {{count?: number, logoUrl?: string}} options `logoUrl`: an absolute
 *   http(s) URL given to every fifth organisation as its logo (none when left out)
 */
export function generatePartnersFeed({ count = 1_000, logoUrl } = {}) {
  const organizations = [];
  const partners = [];
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const kind = KINDS[i % KINDS.length];
    const base = kind.names[Math.floor(i / KINDS.length) % kind.names.length];
    const [town, postalCode] = TOWNS[Math.floor(i / 7) % TOWNS.length];
    const id = `org-${n}`;
    organizations.push({
      id,
      name: `${base} ${town} ${n} (erzeugte Testdaten)`,
      ...(i % 3 === 0 ? { shortName: `${kind.short} ${n}` } : {}),
      type: kind.type,
      ...(i % 4 === 0 ? { description: `Erzeugte Testdaten für Messungen: ${base} in ${town}, seit ${1950 + (i % 70)} im Stadtteil aktiv.` } : {}),
      ...(i % 2 === 0 ? { url: `https://example.org/organisationen/${n}` } : {}),
      ...(logoUrl && i % 5 === 0 ? { logo: { url: logoUrl, alt: `Logo ${base} ${n}` } } : {}),
      address: { street: `${STREETS[i % STREETS.length]} ${1 + (i % 120)}`, postalCode, locality: town },
      ...(i % 3 === 1 ? { email: `kontakt${n}@example.org` } : {}),
      ...(i % 3 === 2 ? { phone: `0${5381 + (i % 50)} ${10000 + n}` } : {}),
    });
    const role = i === 0 ? 'lead' : ROLES[i % ROLES.length];
    const contribution = i % 4 === 3 ? undefined : CONTRIBUTIONS[i % CONTRIBUTIONS.length];
    partners.push({ organization: id, role, ...(contribution ? { contribution } : {}) });
    // Every 25th organisation has a second role.
    if (i % 25 === 24) partners.push({ organization: id, role: role === 'funder' ? 'network' : 'funder' });
  }
  return {
    version: '1',
    language: 'de',
    publisher: { name: 'Quartier Widgets – erzeugte Testdaten' },
    projects: [
      {
        id: 'partnernetz',
        name: `Quartiersnetzwerk mit ${count} Partnern (erzeugte Testdaten)`,
        summary: 'Erzeugte Testdaten für Messungen; kein echtes Projekt.',
        partners,
      },
    ],
    organizations,
  };
}
