/** The opportunities subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import type { OpportunitiesContext } from './context.js';
import { ActorOpportunitiesResolver, OpportunityResolver } from './opportunity/opportunity.resolver.js';
import { PartnershipToolResolver } from './tool/tool.resolver.js';

export function buildOpportunitiesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [OpportunityResolver, ActorOpportunitiesResolver, PartnershipToolResolver] },
    {
      Opportunity: { __resolveReference: (ref: { id: string }, ctx: OpportunitiesContext) => ctx.loaders.opportunityById.load(ref.id) },
      PartnershipTool: { __resolveReference: (ref: { slug: string }, ctx: OpportunitiesContext) => ctx.loaders.toolBySlug.load(ref.slug) },
    },
  );
}
