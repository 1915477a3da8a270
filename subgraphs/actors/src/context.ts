/** Per-request context of the actors subgraph: the viewer, the stores, and fresh DataLoaders. */
import { RevisionEntityType, isUuid, type BaseContext, type RevisionRecord, type SubgraphDatabase, type Viewer } from '@ecosystem/common';
import DataLoader from 'dataloader';
import type { Actor } from './actor/actor.entity.js';
import { ActorStore } from './actor/actor.store.js';
import type { PartnershipRow } from './partnership/partnership.entity.js';
import { PartnershipStore } from './partnership/partnership.store.js';
import type { AffiliationRow } from './affiliation/affiliation.entity.js';
import { AffiliationStore } from './affiliation/affiliation.resolver.js';
import { WorkspaceTarget } from './workspace/workspace.entity.js';

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
  /** Affiliations (RNSR tutelles…) of each actor: one statement per level. */
  affiliationsOf: DataLoader<string, AffiliationRow[]>;
  /** Revisions of each actor, newest first: one statement for every actor of a level. */
  historyOf: DataLoader<string, RevisionRecord[]>;
  /** The viewer's own workspace target on each actor (null when none, or no viewer). */
  myTargetOf: DataLoader<string, WorkspaceTarget | null>;
}

export function createLoaders(actors: ActorStore, partnerships: PartnershipStore, viewer?: Viewer): ActorLoaders {
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
  const historyOf = new DataLoader<string, RevisionRecord[]>(async (ids) => {
    const rows = await actors.revisions.historyOf(RevisionEntityType.ACTOR, ids.filter(isUuid));
    return ids.map((id) => rows.filter((row) => row.entityId === id));
  });
  const affiliations = new AffiliationStore(actors.repository.manager.connection);
  const affiliationsOf = new DataLoader<string, AffiliationRow[]>(async (actorIds) => {
    const rows = await affiliations.of(actorIds.filter(isUuid));
    return actorIds.map((id) => rows.filter((row) => row.actorId === id));
  });
  const myTargetOf = new DataLoader<string, WorkspaceTarget | null>(async (actorIds) => {
    const ids = actorIds.filter(isUuid);
    const rows = viewer?.id && ids.length
      ? await actors.repository.manager.getRepository(WorkspaceTarget).createQueryBuilder('t')
          .where('t.owner_id = :owner AND t.actor_id = ANY(:ids)', { owner: viewer.id, ids }).getMany()
      : [];
    return actorIds.map((id) => rows.find((row) => row.actorId === id) ?? null);
  });
  return { actorById, children, partnershipsOf, historyOf, affiliationsOf, myTargetOf };
}

export function createContext(database: SubgraphDatabase, viewer: Viewer): ActorsContext {
  const actors = new ActorStore(database.dataSource);
  const partnerships = new PartnershipStore(database.dataSource);
  return { viewer, database, actors, partnerships, loaders: createLoaders(actors, partnerships, viewer) };
}
