/**
 * What an alert can watch: opportunities (OpportunityFilter) and research needs (ResearchNeedFilter),
 * each read through the public API as an anonymous viewer, page after page, and turned into the
 * items that go out (the API's record plus `url`, shaped for the Atom writer of publish/feeds.ts).
 */
import type { Api } from '../publish/api.js';
import { pages } from '../publish/api.js';
import { FILTERS } from '../publish/filters.js';
import { OPPORTUNITIES_QUERY, opportunityPage, type ActorRef, type OpportunityRecord, type SourceRecord, type TerritoryRecord } from '../publish/records.js';
import type { AlertItem, AlertSubject, Candidate } from './alerts.store.js';

type FilterKind = 'string' | 'list' | 'bbox';

/** The client's page of a research need. */
export const researchNeedPage = (origin: string, id: string) => `${origin}/besoins/${encodeURIComponent(id)}`;

export interface SubjectDefinition {
  /** The API filter's input fields and their shapes (as the feeds' query parameters). */
  filter: Record<string, FilterKind>;
  /** The filter's input type, for messages. */
  filterType: string;
  /** Statuses an anonymous viewer cannot follow (refused at creation with a clear message). */
  hiddenStatuses: readonly string[];
  scan(api: Api, filter: Record<string, unknown>, publicUrl: string): Promise<Candidate[]>;
}

interface ResearchNeedRecord {
  id: string;
  title: string;
  question: string;
  themes: string[];
  horizon: string;
  status: string;
  publishedAt: string;
  updatedAt: string;
  source: SourceRecord;
  requester: ActorRef;
  territory: TerritoryRecord;
}

const NEEDS_QUERY = `query AlertResearchNeeds($filter: ResearchNeedFilter, $first: Int, $after: String, $withCount: Boolean!) {
  researchNeeds(filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor } totalCount @include(if: $withCount)
    nodes {
      id title question themes horizon status publishedAt updatedAt
      source { name url license retrievedOn }
      requester { id name kind collectivityLevel website }
      territory { regionCode regionName departmentCode departmentName communeCode communeName }
    }
  }
}`;

/** A need in the shape the Atom writer reads, linked to its page in the client (/besoins/<id>). */
function needItem(n: ResearchNeedRecord, publicUrl: string): AlertItem {
  return {
    type: 'researchNeed',
    id: n.id,
    kind: 'RESEARCH_NEED',
    status: n.status,
    title: n.title,
    description: n.question,
    question: n.question,
    horizon: n.horizon,
    themes: n.themes,
    placeName: null,
    startsOn: null,
    deadline: null,
    durationMonths: null,
    remuneration: null,
    contractType: null,
    applyUrl: null,
    publishedAt: n.publishedAt,
    updatedAt: n.updatedAt,
    source: n.source,
    host: n.requester,
    tool: null,
    territory: n.territory,
    url: researchNeedPage(publicUrl, n.id),
  };
}

export const SUBJECTS: Record<AlertSubject, SubjectDefinition> = {
  opportunities: {
    filter: FILTERS.opportunities as Record<string, FilterKind>,
    filterType: 'OpportunityFilter',
    hiddenStatuses: ['DRAFT'],
    async scan(api, filter, publicUrl) {
      const found: Candidate[] = [];
      for await (const page of pages<OpportunityRecord>(api, OPPORTUNITIES_QUERY, 'opportunities', filter)) {
        for (const o of page.nodes) found.push({ id: o.id, updatedAt: o.updatedAt, item: { type: 'opportunity', ...o, url: opportunityPage(publicUrl, o.id) } });
      }
      return found;
    },
  },
  researchNeeds: {
    filter: {
      statuses: 'list',
      search: 'string',
      themes: 'list',
      regionCode: 'string',
      departmentCode: 'string',
      communeCode: 'string',
      requesterId: 'string',
      toolSlugs: 'list',
      horizons: 'list',
    },
    filterType: 'ResearchNeedFilter',
    hiddenStatuses: [],
    async scan(api, filter, publicUrl) {
      const found: Candidate[] = [];
      for await (const page of pages<ResearchNeedRecord>(api, NEEDS_QUERY, 'researchNeeds', filter)) {
        for (const n of page.nodes) found.push({ id: n.id, updatedAt: n.updatedAt, item: needItem(n, publicUrl) });
      }
      return found;
    },
  },
};
