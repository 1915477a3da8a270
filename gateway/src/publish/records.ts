/** The operations feeds and exports send to the API, and the shapes they read back. */

export interface TerritoryRecord {
  regionCode: string | null;
  regionName: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  epciCode?: string | null;
  epciName?: string | null;
  communeCode: string | null;
  communeName: string | null;
}

export interface SourceRecord {
  name: string;
  url: string | null;
  license: string;
  retrievedOn: string;
}

export interface ActorRef {
  id: string;
  name: string;
  kind: string;
  collectivityLevel: string | null;
  website: string | null;
}

export interface ActorRecord extends ActorRef {
  acronym: string | null;
  description: string | null;
  themes: string[];
  identifiers: { insee: string | null; siren: string | null; rnsr: string | null; uai: string | null; ror: string | null };
  territory: TerritoryRecord;
  location: { latitude: number; longitude: number; precision: string } | null;
  parent: { id: string } | null;
  source: SourceRecord;
  updatedAt: string;
}

export interface OpportunityRecord {
  id: string;
  kind: string;
  status: string;
  title: string;
  description: string;
  themes: string[];
  placeName: string | null;
  startsOn: string | null;
  deadline: string | null;
  durationMonths: number | null;
  remuneration: string | null;
  contractType: string | null;
  applyUrl: string | null;
  publishedAt: string;
  updatedAt: string;
  source: SourceRecord;
  host: ActorRef;
  tool: { slug: string; title: string } | null;
  territory: TerritoryRecord;
}

export interface ContactRecord {
  id: string;
  displayName: string;
  jobTitle: string | null;
  roles: string[];
  themes: string[];
  lastVerifiedOn: string | null;
  email: string | null;
  phone: string | null;
  organization: ActorRef | null;
  territory: TerritoryRecord;
  source: SourceRecord;
  updatedAt: string;
}

const SOURCE = 'source { name url license retrievedOn }';
const ACTOR_REF = 'id name kind collectivityLevel website';
const PAGE = 'pageInfo { hasNextPage endCursor } totalCount @include(if: $withCount)';

export const ACTORS_QUERY = `query PublishActors($filter: ActorFilter, $first: Int, $after: String, $withCount: Boolean!) {
  actors(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    nodes {
      ${ACTOR_REF} acronym description themes
      identifiers { insee siren rnsr uai ror }
      territory { regionCode regionName departmentCode departmentName epciCode epciName communeCode communeName }
      location { latitude longitude precision }
      parent { id }
      ${SOURCE} updatedAt
    }
  }
}`;

export const OPPORTUNITIES_QUERY = `query PublishOpportunities($filter: OpportunityFilter, $first: Int, $after: String, $withCount: Boolean!) {
  opportunities(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    nodes {
      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType applyUrl
      publishedAt updatedAt ${SOURCE}
      host { ${ACTOR_REF} }
      tool { slug title }
      territory { regionCode regionName departmentCode departmentName communeCode communeName }
    }
  }
}`;

export const CONTACTS_QUERY = `query PublishContacts($filter: ContactFilter, $first: Int, $after: String, $withCount: Boolean!) {
  contacts(filter: $filter, first: $first, after: $after) {
    ${PAGE}
    nodes {
      id displayName jobTitle roles themes lastVerifiedOn email phone
      organization { ${ACTOR_REF} }
      territory { regionCode regionName departmentCode departmentName communeCode communeName }
      ${SOURCE} updatedAt
    }
  }
}`;

/** The client's page of an opportunity / actor. */
export const opportunityPage = (origin: string, id: string) => `${origin}/opportunites/${encodeURIComponent(id)}`;
export const actorPage = (origin: string, id: string) => `${origin}/acteurs/${encodeURIComponent(id)}`;
