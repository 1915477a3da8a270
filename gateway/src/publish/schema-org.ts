/** Records as schema.org JSON-LD nodes (for the `@graph` of the .jsonld exports). */
import { actorPage, opportunityPage, type ActorRecord, type ActorRef, type ContactRecord, type OpportunityRecord, type SourceRecord, type TerritoryRecord } from './records.js';

type Node = Record<string, unknown>;

/** Drops null, undefined and empty arrays, so that nodes carry only what is known. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

export function organizationType(kind: string): string {
  switch (kind) {
    case 'COLLECTIVITY':
    case 'PUBLIC_BODY':
      return 'GovernmentOrganization';
    case 'UNIVERSITY':
      return 'CollegeOrUniversity';
    case 'LAB':
      return 'ResearchOrganization';
    case 'ASSOCIATION':
      return 'NGO';
    case 'COMPANY':
      return 'Corporation';
    default:
      return 'Organization';
  }
}

function address(territory: TerritoryRecord, placeName?: string | null): Node | undefined {
  // The API knows INSEE commune codes, not postal codes: postalCode is left out rather than guessed.
  const locality = territory.communeName ?? placeName ?? null;
  if (!locality && !territory.regionName) return undefined;
  return compact({ '@type': 'PostalAddress', addressLocality: locality, addressRegion: territory.regionName, addressCountry: 'FR' });
}

function sourceOf(source: SourceRecord): Node {
  return compact({ '@type': 'CreativeWork', name: source.name, url: source.url, license: source.license, dateModified: source.retrievedOn });
}

function organizationRef(origin: string, actor: ActorRef): Node {
  return compact({ '@type': organizationType(actor.kind), '@id': actorPage(origin, actor.id), name: actor.name, sameAs: actor.website });
}

const IDENTIFIERS: ReadonlyArray<[keyof ActorRecord['identifiers'], string]> = [
  ['siren', 'SIREN'],
  ['uai', 'UAI'],
  ['rnsr', 'RNSR'],
  ['ror', 'ROR'],
  ['insee', 'INSEE'],
];

export function actorNode(origin: string, actor: ActorRecord): Node {
  const identifier = IDENTIFIERS.filter(([key]) => actor.identifiers[key]).map(([key, propertyID]) => ({
    '@type': 'PropertyValue',
    propertyID,
    value: actor.identifiers[key],
  }));
  const sameAs = [actor.website, actor.identifiers.ror ? `https://ror.org/${actor.identifiers.ror}` : null].filter(Boolean);
  return compact({
    '@type': organizationType(actor.kind),
    '@id': actorPage(origin, actor.id),
    mainEntityOfPage: actorPage(origin, actor.id),
    name: actor.name,
    alternateName: actor.acronym,
    description: actor.description,
    url: actor.website,
    sameAs,
    identifier,
    keywords: actor.themes.join(', ') || null,
    address: address(actor.territory),
    geo: actor.location ? { '@type': 'GeoCoordinates', latitude: actor.location.latitude, longitude: actor.location.longitude } : null,
    parentOrganization: actor.parent ? { '@id': actorPage(origin, actor.parent.id) } : null,
    subjectOf: sourceOf(actor.source),
    dateModified: actor.updatedAt,
  });
}

export function contactNode(origin: string, contact: ContactRecord): Node {
  return compact({
    '@type': 'Person',
    '@id': `urn:uuid:${contact.id}`,
    name: contact.displayName,
    jobTitle: contact.jobTitle,
    // Present only when the API gave them to this caller (signed-in viewers).
    email: contact.email,
    telephone: contact.phone,
    knowsAbout: contact.themes,
    worksFor: contact.organization ? organizationRef(origin, contact.organization) : null,
    workLocation: address(contact.territory) ? { '@type': 'Place', address: address(contact.territory) } : null,
    subjectOf: sourceOf(contact.source),
  });
}

const JOB_KINDS = new Set(['JOB', 'INTERNSHIP', 'CIFRE', 'APPRENTICESHIP', 'DETACHMENT', 'SECONDMENT', 'CHAIR']);

/** schema.org employmentType, where the kind (or the contract) says it unambiguously. */
function employmentType(opportunity: OpportunityRecord): string[] {
  if (opportunity.kind === 'INTERNSHIP') return ['INTERN'];
  // A CIFRE is a three-year fixed-term full-time contract.
  if (opportunity.kind === 'CIFRE') return ['FULL_TIME', 'TEMPORARY'];
  if (opportunity.contractType && /\bCDD\b/.test(opportunity.contractType)) return ['TEMPORARY'];
  return [];
}

export function opportunityNode(origin: string, opportunity: OpportunityRecord): Node {
  const page = opportunityPage(origin, opportunity.id);
  const place = compact({ '@type': 'Place', name: opportunity.placeName, address: address(opportunity.territory, opportunity.placeName) });
  const common = {
    '@id': page,
    url: page,
    description: opportunity.description,
    keywords: opportunity.themes.join(', ') || null,
    subjectOf: sourceOf(opportunity.source),
  };
  if (JOB_KINDS.has(opportunity.kind)) {
    return compact({
      '@type': 'JobPosting',
      ...common,
      title: opportunity.title,
      datePosted: opportunity.publishedAt,
      validThrough: opportunity.deadline,
      jobStartDate: opportunity.startsOn,
      employmentType: employmentType(opportunity),
      hiringOrganization: organizationRef(origin, opportunity.host),
      jobLocation: place,
      potentialAction: opportunity.applyUrl ? { '@type': 'ApplyAction', target: opportunity.applyUrl } : null,
    });
  }
  return compact({
    '@type': 'Event',
    ...common,
    name: opportunity.title,
    startDate: opportunity.startsOn,
    // A call for projects runs until its deadline.
    endDate: opportunity.kind === 'CALL_FOR_PROJECTS' ? opportunity.deadline : null,
    organizer: organizationRef(origin, opportunity.host),
    location: place,
  });
}
