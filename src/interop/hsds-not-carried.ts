/**
 * What a feed loses on its way to HSDS 3.0 and back (export, then import):
 * the fields HSDS has no place for, and the few that come back changed.
 * Everything else comes back equal; test/node/hsds-import.test.js holds the
 * round trip to this list, and docs/interop.md shows it.
 */
export interface NotCarried {
  /** The feed field, as `list[].field` (`*` for every record's texts). */
  readonly path: string;
  /** `lost`: not in HSDS at all; `changed`: comes back in another form. */
  readonly kind: 'lost' | 'changed';
  readonly why: string;
}

export const HSDS_NOT_CARRIED: readonly NotCarried[] = [
  { path: 'publisher, updated, license', kind: 'lost', why: 'HSDS tables have no header for the data set as a whole.' },
  {
    path: '*: texts in other languages',
    kind: 'lost',
    why: 'HSDS holds one language per record: only the feed\u2019s `language` is exported; the import reads German (`de`).',
  },
  { path: '*.machineTranslated', kind: 'lost', why: 'HSDS has no mark for machine translations.' },
  { path: 'organizations[].type', kind: 'lost', why: 'HSDS has no organisation type.' },
  { path: 'organizations[].address', kind: 'lost', why: 'HSDS keeps addresses on locations only.' },
  { path: 'organizations[].logo.alt', kind: 'lost', why: 'An HSDS logo is a URL only.' },
  {
    path: 'projects[]: all but id, name, shortName, summary',
    kind: 'lost',
    why: 'A project is an HSDS program, which has no quarter, municipality, figures, goals, fields of action, contacts, period, quotes, links, images, sources or review date; nor a description beside its summary.',
  },
  {
    path: 'projects[].description',
    kind: 'changed',
    why: 'Without a summary, the description is the program\u2019s description and comes back as the summary.',
  },
  {
    path: 'projects[].partners',
    kind: 'changed',
    why: 'A program has one organisation: the lead partner (else the first partner) comes back as the only partner, with the role lead and no contribution.',
  },
  {
    path: 'projects[].funding',
    kind: 'changed',
    why: 'HSDS funding is one text (source): funder, programme, description and project name come back joined in the description; the amount is lost.',
  },
  { path: 'places[].project', kind: 'lost', why: 'An HSDS location belongs to no program.' },
  { path: 'places[].geoNote', kind: 'lost', why: 'HSDS has no note on how exact a position is.' },
  { path: 'places[].geo (approximate)', kind: 'lost', why: 'HSDS cannot mark a position as estimated, so an estimated one is not exported.' },
  {
    path: 'places[].address (incomplete)',
    kind: 'lost',
    why: 'An HSDS address needs street, postal code and city; an address without one of them is not exported.',
  },
  { path: 'offers[].status planned', kind: 'changed', why: 'HSDS has no "planned": it is exported as inactive, which comes back as ended.' },
  {
    path: 'offers[].provider',
    kind: 'changed',
    why: 'An HSDS service always names its organisation: an offer without provider comes back with its project\u2019s lead as provider.',
  },
  {
    path: 'offers[].cost "kostenlos"',
    kind: 'changed',
    why: 'A cost text that says exactly "kostenlos" (free) is what the export writes for `free`, so it comes back as `free`.',
  },
  {
    path: 'offers[].schedule: byAppointment, exceptHolidays, exceptions, closed',
    kind: 'changed',
    why: 'HSDS schedules have no such fields: they are in the schedule\u2019s description (its words), which comes back as the schedule\u2019s text.',
  },
  {
    path: 'offers[].schedule.text (with rules)',
    kind: 'lost',
    why: 'A schedule with rules is exported with the rules in words as its description; a text of its own is not exported.',
  },
  {
    path: 'offers[].schedule.validFrom, validThrough (year or month)',
    kind: 'changed',
    why: 'HSDS valid_from/valid_to are days: a year or month comes back as its first (or last) day.',
  },
];
