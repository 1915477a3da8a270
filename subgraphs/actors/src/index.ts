/** The actors subgraph: organisations of the ecosystem, their hierarchy and partnerships. */
import type { SubgraphDefinition } from '@ecosystem/common';
import { Actor } from './actor/actor.entity.js';
import { createContext, type ActorsContext } from './context.js';
import { Init1732460000000 } from './migrations/1732460000000-init.js';
import { Revisions1767600000000 } from './migrations/1767600000000-revisions.js';
import { Imports1767700000000 } from './migrations/1767700000000-imports.js';
import { WorkspaceMerge1768000000000 } from './migrations/1768000000000-workspace-merge.js';
import { SearchAndTerritoryIndexes1768200000000 } from './migrations/1768200000000-search-and-territory-indexes.js';
import { WorkspaceTarget } from './workspace/workspace.entity.js';
import { Proposals1767800000000 } from './migrations/1767800000000-proposals.js';
import { PartnershipOpenness1767900000000 } from './migrations/1767900000000-partnership-openness.js';
import { AffiliationRow } from './affiliation/affiliation.entity.js';
import { PartnershipRow } from './partnership/partnership.entity.js';
import { buildActorsSchema } from './schema.js';
import { seedActors, actorsSeedVersion } from './seed/seed.js';

export const actorsSubgraph: SubgraphDefinition<ActorsContext> = {
  name: 'actors',
  schemaName: 'actors',
  defaultPort: 4001,
  entities: [Actor, PartnershipRow, AffiliationRow, WorkspaceTarget],
  migrations: [Init1732460000000, Revisions1767600000000, Imports1767700000000, Proposals1767800000000, PartnershipOpenness1767900000000, WorkspaceMerge1768000000000, SearchAndTerritoryIndexes1768200000000],
  buildSchema: buildActorsSchema,
  createContext,
  seedVersion: actorsSeedVersion,
  seed: seedActors,
};

export type { ActorsContext };
export { ActorStore, type ActorCriteria } from './actor/actor.store.js';
export { runImportCli, runImport, IMPORT_USAGE, MESR_SOURCE, RNSR_SOURCE, genericSource, checkMapping } from './import/index.js';
