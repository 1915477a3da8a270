/** Per-request context of the actors subgraph: the viewer, the stores, and fresh DataLoaders. */
import { isUuid, type BaseContext, type SubgraphDatabase, type Viewer } from '@ecosystem/common';
import DataLoader from 'dataloader';
import type { Actor } from './actor/actor.entity.js';
import { ActorStore } from './actor/actor.store.js';
import type { PartnershipRow } from './partnership/partnership.entity.js';
import { PartnershipStore } from './partnership/partnership.store.js';

export interface ActorsContext extends BaseContext {
  database: SubgraphDatabase;
  actors: ActorStore;
  partnerships: PartnershipStore;
  loaders: ActorLoaders;
}

export interface ActorLoaders {
  actorById: DataLoader<string, Actor | null>;
  /** Children of a parent, per page size: `children(first: 5)` and `children(first: 10)` batch apart. */
  children(first: number): DataLoader<string, Actor[]>;
  partnershipsOf: DataLoader<string, PartnershipRow[]>;
}

export function createLoaders(actors: ActorStore, partnerships: PartnershipStore): ActorLoaders {
  const actorById = new DataLoader<string, Actor | null>(async (ids) => {
    const rows = await actors.byIds(ids.filter(isUuid));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const childLoaders = new Map<number, DataLoader<string, Actor[]>>();
  const children = (first: number) => {
    let loader = childLoaders.get(first);
    if (!loader) {
      loader = new DataLoader<string, Actor[]>(async (parentIds) => {
        const rows = await actors.childrenOf(parentIds, first);
        for (const row of rows) actorById.prime(row.id, row);
        return parentIds.map((id) => rows.filter((row) => row.parentId === id));
      });
      childLoaders.set(first, loader);
    }
    return loader;
  };
  const partnershipsOf = new DataLoader<string, PartnershipRow[]>(async (actorIds) => {
    const rows = await partnerships.touching(actorIds);
    return actorIds.map((id) => rows.filter((row) => row.actorId === id || row.partnerId === id));
  });
  return { actorById, children, partnershipsOf };
}

export function createContext(database: SubgraphDatabase, viewer: Viewer): ActorsContext {
  const actors = new ActorStore(database.dataSource);
  const partnerships = new PartnershipStore(database.dataSource);
  return { viewer, database, actors, partnerships, loaders: createLoaders(actors, partnerships) };
}
