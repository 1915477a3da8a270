/** The opportunities subgraph: the partnership toolbox and the opportunities that use it. */
import type { SubgraphDefinition } from '@ecosystem/common';
import { createContext, type OpportunitiesContext } from './context.js';
import { Init1732460000001 } from './migrations/1732460000001-init.js';
import { Opportunity } from './opportunity/opportunity.entity.js';
import { buildOpportunitiesSchema } from './schema.js';
import { opportunitiesSeedVersion, seedOpportunities } from './seed/seed.js';
import { PartnershipTool } from './tool/tool.entity.js';

export const opportunitiesSubgraph: SubgraphDefinition<OpportunitiesContext> = {
  name: 'opportunities',
  schemaName: 'opportunities',
  defaultPort: 4002,
  entities: [Opportunity, PartnershipTool],
  migrations: [Init1732460000001],
  buildSchema: buildOpportunitiesSchema,
  createContext,
  seedVersion: opportunitiesSeedVersion,
  seed: seedOpportunities,
};

export type { OpportunitiesContext };
