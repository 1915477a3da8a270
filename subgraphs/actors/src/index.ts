/** The actors subgraph: organisations of the ecosystem, their hierarchy and partnerships. */
import type { SubgraphDefinition } from '@ecosystem/common';
import { Actor } from './actor/actor.entity.js';
import { createContext, type ActorsContext } from './context.js';
import { Init1732460000000 } from './migrations/1732460000000-init.js';
import { PartnershipRow } from './partnership/partnership.entity.js';
import { buildActorsSchema } from './schema.js';
import { seedActors, actorsSeedVersion } from './seed/seed.js';

export const actorsSubgraph: SubgraphDefinition<ActorsContext> = {
  name: 'actors',
  schemaName: 'actors',
  defaultPort: 4001,
  entities: [Actor, PartnershipRow],
  migrations: [Init1732460000000],
  buildSchema: buildActorsSchema,
  createContext,
  seedVersion: actorsSeedVersion,
  seed: seedActors,
};

export type { ActorsContext };
