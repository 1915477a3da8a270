/** Per-request context of the opportunities subgraph: the viewer, the store, and fresh DataLoaders. */
import { RevisionEntityType, isUuid, type BaseContext, type RevisionRecord, type SubgraphDatabase, type Viewer } from '@ecosystem/common';
import DataLoader from 'dataloader';
import type { Opportunity } from './opportunity/opportunity.entity.js';
import type { OpportunityStatus } from './opportunity/opportunity.enums.js';
import { OpportunityStore } from './opportunity/opportunity.store.js';
import type { ResearchNeed } from './research-need/research-need.entity.js';
import { ResearchNeedStore } from './research-need/research-need.store.js';
import type { PartnershipTool } from './tool/tool.entity.js';

export interface OpportunityLoaders {
  opportunityById: DataLoader<string, Opportunity | null>;
  toolBySlug: DataLoader<string, PartnershipTool | null>;
  /** Per set of statuses: different `statuses` arguments batch apart. */
  opportunitiesOfActor(statuses: OpportunityStatus[]): DataLoader<string, Opportunity[]>;
  opportunitiesOfTool(statuses: OpportunityStatus[]): DataLoader<string, Opportunity[]>;
  /** Revisions of each opportunity, newest first: one statement for every opportunity of a level. */
  historyOf: DataLoader<string, RevisionRecord[]>;
  researchNeedById: DataLoader<string, ResearchNeed | null>;
  /** The need an opportunity was made from, if any. */
  researchNeedOfOpportunity: DataLoader<string, ResearchNeed | null>;
  researchNeedHistoryOf: DataLoader<string, RevisionRecord[]>;
}

export interface OpportunitiesContext extends BaseContext {
  database: SubgraphDatabase;
  opportunities: OpportunityStore;
  /** Research needs (matchmaking). */
  needs: ResearchNeedStore;
  loaders: OpportunityLoaders;
}

function perStatuses<T>(make: (statuses: OpportunityStatus[]) => DataLoader<string, T>) {
  const loaders = new Map<string, DataLoader<string, T>>();
  return (statuses: OpportunityStatus[]) => {
    const key = [...statuses].sort().join(',');
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = make(statuses)));
    return loader;
  };
}

export function createLoaders(store: OpportunityStore, needs: ResearchNeedStore): OpportunityLoaders {
  const opportunityById = new DataLoader<string, Opportunity | null>(async (ids) => {
    const rows = await store.byIds(ids.filter(isUuid));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const toolBySlug = new DataLoader<string, PartnershipTool | null>(async (slugs) => {
    const rows = await store.toolsBySlugs(slugs);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  });
  const opportunitiesOfActor = perStatuses(
    (statuses) =>
      new DataLoader<string, Opportunity[]>(async (actorIds) => {
        const rows = await store.ofActors(actorIds.filter(isUuid), statuses);
        return actorIds.map((id) => rows.filter((row) => row.hostId === id || row.partnerIds.includes(id)));
      }),
  );
  const opportunitiesOfTool = perStatuses(
    (statuses) =>
      new DataLoader<string, Opportunity[]>(async (slugs) => {
        const rows = await store.ofTools(slugs, statuses);
        return slugs.map((slug) => rows.filter((row) => row.toolSlug === slug));
      }),
  );
  const historyOf = new DataLoader<string, RevisionRecord[]>(async (ids) => {
    const rows = await store.revisions.historyOf(RevisionEntityType.OPPORTUNITY, ids.filter(isUuid));
    return ids.map((id) => rows.filter((row) => row.entityId === id));
  });
  const researchNeedById = new DataLoader<string, ResearchNeed | null>(async (ids) => {
    const rows = await needs.byIds(ids.filter(isUuid).map((id) => id.toLowerCase()));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
  const researchNeedOfOpportunity = new DataLoader<string, ResearchNeed | null>(async (ids) => {
    const rows = await needs.ofOpportunities(ids.filter(isUuid));
    return ids.map((id) => rows.find((row) => row.opportunityId === id) ?? null);
  });
  const researchNeedHistoryOf = new DataLoader<string, RevisionRecord[]>(async (ids) => {
    const rows = await store.revisions.historyOf(RevisionEntityType.RESEARCH_NEED, ids.filter(isUuid));
    return ids.map((id) => rows.filter((row) => row.entityId === id));
  });
  return { opportunityById, toolBySlug, opportunitiesOfActor, opportunitiesOfTool, historyOf, researchNeedById, researchNeedOfOpportunity, researchNeedHistoryOf };
}

export function createContext(database: SubgraphDatabase, viewer: Viewer): OpportunitiesContext {
  const opportunities = new OpportunityStore(database.dataSource);
  const needs = new ResearchNeedStore(database.dataSource, opportunities.revisions);
  return { viewer, database, opportunities, needs, loaders: createLoaders(opportunities, needs) };
}
