/** The opportunities subgraph: the partnership toolbox and the opportunities that use it. */
import type { SubgraphDefinition } from '@ecosystem/common';
import { createContext, type OpportunitiesContext } from './context.js';
import { Init1732460000001 } from './migrations/1732460000001-init.js';
import { Revisions1767600000001 } from './migrations/1767600000001-revisions.js';
import { Proposals1767800000001 } from './migrations/1767800000001-proposals.js';
import { ResearchNeeds1767900000001 } from './migrations/1767900000001-research-needs.js';
import { ResearchNeed } from './research-need/research-need.entity.js';
import { Opportunity } from './opportunity/opportunity.entity.js';
import { buildOpportunitiesSchema } from './schema.js';
import { opportunitiesSeedVersion, seedOpportunities } from './seed/seed.js';
import { PartnershipTool } from './tool/tool.entity.js';

export const opportunitiesSubgraph: SubgraphDefinition<OpportunitiesContext> = {
  name: 'opportunities',
  schemaName: 'opportunities',
  defaultPort: 4002,
  entities: [Opportunity, PartnershipTool, ResearchNeed],
  migrations: [Init1732460000001, Revisions1767600000001, Proposals1767800000001, ResearchNeeds1767900000001],
  buildSchema: buildOpportunitiesSchema,
  createContext,
  seedVersion: opportunitiesSeedVersion,
  seed: seedOpportunities,
};

export type { OpportunitiesContext };
