/**
 * What the kit's schema.org JSON-LD (schema-org.ts) is checked against, as
 * data: for each type it writes, its supertype, the properties schema.org
 * defines on it (those the kit uses or is asked for; a property is allowed
 * on a type when the type or one of its supertypes has it), and the
 * properties required and recommended, each with its source. Read with
 * schema-org-check.ts; docs/interop.md says what this covers and what not.
 *
 * schema.org itself requires nothing. Required and recommended come from
 * Google's structured-data documentation where Google has a page for the
 * type (Organization; LocalBusiness for places, addresses and opening
 * hours), else they are
 * the kit's own rule, marked `kit`, with the reason.
 */

export interface TypeRule {
  /** The schema.org supertype whose properties this type has too. */
  readonly parent?: string;
  /** Properties schema.org defines on this type itself (its "domainIncludes"). */
  readonly properties: readonly string[];
  readonly required?: readonly string[];
  readonly recommended?: readonly string[];
  /** Where `required` and `recommended` come from. */
  readonly source?: string;
  /** The type is in schema.org's "pending" area (proposed, not yet core). */
  readonly pending?: boolean;
}

const SCHEMA = 'https://schema.org/';
const GOOGLE = 'https://developers.google.com/search/docs/appearance/structured-data/';
const KIT = 'kit: a node without a name says nothing a search engine can show';

/** The organisation properties Google recommends that the feed can fill (Google lists more: legalName, sameAs, vatID …). */
const ORGANIZATION_RECOMMENDED = ['name', 'url', 'logo', 'description', 'address', 'email', 'telephone'];

export const SCHEMA_ORG_RULES: Readonly<Record<string, TypeRule>> = {
  Thing: { properties: ['name', 'alternateName', 'description', 'url', 'image', 'identifier', 'sameAs'] },
  Organization: {
    parent: 'Thing',
    properties: ['address', 'areaServed', 'contactPoint', 'dissolutionDate', 'email', 'foundingDate', 'legalName', 'logo', 'member', 'telephone'],
    recommended: ORGANIZATION_RECOMMENDED,
    source: `${GOOGLE}organization (no required properties; recommended)`,
  },
  GovernmentOrganization: { parent: 'Organization', properties: [], recommended: ORGANIZATION_RECOMMENDED, source: `${GOOGLE}organization` },
  NGO: { parent: 'Organization', properties: [], recommended: ORGANIZATION_RECOMMENDED, source: `${GOOGLE}organization` },
  EducationalOrganization: { parent: 'Organization', properties: ['alumni'], recommended: ORGANIZATION_RECOMMENDED, source: `${GOOGLE}organization` },
  Corporation: { parent: 'Organization', properties: ['tickerSymbol'], recommended: ORGANIZATION_RECOMMENDED, source: `${GOOGLE}organization` },
  Project: {
    parent: 'Organization',
    properties: [],
    pending: true,
    required: ['name'],
    recommended: ['description', 'member', 'areaServed', 'url'],
    source: `${SCHEMA}Project (pending; no Google page): ${KIT}; recommended by the kit: what it is, who does it, where`,
  },
  OrganizationRole: { parent: 'Role', properties: ['numberedPosition'] },
  // A Role carries the property it stands for (here `member`) besides its own.
  Role: {
    parent: 'Thing',
    properties: ['roleName', 'startDate', 'endDate', 'member'],
    required: ['member'],
    source: `${SCHEMA}Role: a role without its member links nothing`,
  },
  Place: {
    parent: 'Thing',
    properties: ['address', 'containedInPlace', 'geo', 'isAccessibleForFree', 'openingHoursSpecification', 'telephone'],
    required: ['name'],
    recommended: ['address', 'geo'],
    source: `${KIT}; recommended: ${GOOGLE}local-business (address required there, geo recommended)`,
  },
  AdministrativeArea: { parent: 'Place', properties: [] },
  City: { parent: 'AdministrativeArea', properties: [], required: ['name'], recommended: [], source: `${KIT}; a project's municipality, named only` },
  PostalAddress: {
    parent: 'ContactPoint',
    properties: ['addressCountry', 'addressLocality', 'addressRegion', 'postalCode', 'streetAddress'],
    recommended: ['streetAddress', 'addressLocality', 'postalCode', 'addressCountry'],
    source: `${GOOGLE}local-business (PostalAddress as Google asks for it)`,
  },
  ContactPoint: { parent: 'StructuredValue', properties: ['areaServed', 'availableLanguage', 'contactType', 'email', 'hoursAvailable', 'telephone'] },
  StructuredValue: { parent: 'Thing', properties: [] },
  GeoCoordinates: {
    parent: 'StructuredValue',
    properties: ['latitude', 'longitude', 'address', 'postalCode'],
    required: ['latitude', 'longitude'],
    source: `${GOOGLE}local-business (geo.latitude, geo.longitude)`,
  },
  Service: {
    parent: 'Thing',
    properties: ['areaServed', 'audience', 'availableChannel', 'category', 'hoursAvailable', 'offers', 'provider', 'serviceType'],
    required: ['name'],
    recommended: ['description', 'provider', 'areaServed', 'serviceType', 'hoursAvailable'],
    source: `${SCHEMA}Service (no Google page): ${KIT}; recommended by the kit: what, who offers it, where, which kind, when`,
  },
  ServiceChannel: { parent: 'Thing', properties: ['availableLanguage', 'serviceLocation', 'servicePhone', 'serviceUrl'] },
  Audience: { parent: 'Thing', properties: ['audienceType', 'geographicArea'] },
  Offer: { parent: 'Thing', properties: ['price', 'priceCurrency', 'availability', 'validFrom', 'validThrough'] },
  OpeningHoursSpecification: {
    parent: 'StructuredValue',
    properties: ['dayOfWeek', 'opens', 'closes', 'validFrom', 'validThrough'],
    required: ['dayOfWeek', 'opens', 'closes'],
    source: `${GOOGLE}local-business (openingHoursSpecification: dayOfWeek, opens, closes)`,
  },
};

/** Properties that hold a reference (`{"@id": …}`) to another node of the graph, and the types it may have. */
export const SCHEMA_ORG_REFERENCES: Readonly<Record<string, readonly string[]>> = {
  provider: ['Organization'],
  member: ['Organization'],
  areaServed: ['Place'],
};

/** schema.org's DayOfWeek members, as `dayOfWeek` names them. */
export const DAYS_OF_WEEK = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'PublicHolidays'];
