/** Per-request context of the opportunities subgraph: the viewer, the store, and fresh DataLoaders. */
import { isUuid, type BaseContext, type SubgraphDatabase, type Viewer } from '@ecosystem/common';
import DataLoader from 'dataloader';
import type { Opportunity } from './opportunity/opportunity.entity.js';
import type { OpportunityStatus } from './opportunity/opportunity.enums.js';
import { OpportunityStore } from './opportunity/opportunity.store.js';
import type { PartnershipTool } from './tool/tool.entity.js';

export interface OpportunityLoaders {
  opportunityById: DataLoader<string, Opportunity | null>;
  toolBySlug: DataLoader<string, PartnershipTool | null>;
  /** Per set of statuses: different `statuses` arguments batch apart. */
  opportunitiesOfActor(statuses: OpportunityStatus[]): DataLoader<string, Opportunity[]>;
  opportunitiesOfTool(statuses: OpportunityStatus[]): DataLoader<string, Opportunity[]>;
}

export interface OpportunitiesContext extends BaseContext {
  database: SubgraphDatabase;
  opportunities: OpportunityStore;
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

export function createLoaders(store: OpportunityStore): OpportunityLoaders {
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
  return { opportunityById, toolBySlug, opportunitiesOfActor, opportunitiesOfTool };
}

export function createContext(database: SubgraphDatabase, viewer: Viewer): OpportunitiesContext {
  const opportunities = new OpportunityStore(database.dataSource);
  return { viewer, database, opportunities, loaders: createLoaders(opportunities) };
}
