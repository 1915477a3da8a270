/** The opportunities subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import type { OpportunitiesContext } from './context.js';
import { ActorOpportunitiesResolver, OpportunityResolver } from './opportunity/opportunity.resolver.js';
import { PartnershipToolResolver } from './tool/tool.resolver.js';
import { ActorMergeReference, ActorMergeOpportunitiesResolver } from './actor/actor.merge.js';
import { opportunityProposals } from './opportunity/opportunity.proposals.js';
import { OpportunityResearchNeedResolver, ResearchNeedResolver } from './research-need/research-need.resolver.js';

export function buildOpportunitiesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { orphanedTypes: [ActorMergeReference], resolvers: [OpportunityResolver, ActorOpportunitiesResolver, PartnershipToolResolver, ResearchNeedResolver, OpportunityResearchNeedResolver, ActorMergeOpportunitiesResolver, ...opportunityProposals.resolvers] },
    {
      // The merge's fields come in the representation, from the actors subgraph (see actor/actor.merge.ts).
      ActorMerge: { __resolveReference: (ref: { mergedId: string; survivorId: string }) => ref },
      Opportunity: { __resolveReference: (ref: { id: string }, ctx: OpportunitiesContext) => ctx.loaders.opportunityById.load(ref.id) },
      PartnershipTool: { __resolveReference: (ref: { slug: string }, ctx: OpportunitiesContext) => ctx.loaders.toolBySlug.load(ref.slug) },
      ResearchNeed: { __resolveReference: (ref: { id: string }, ctx: OpportunitiesContext) => ctx.loaders.researchNeedById.load(ref.id) },
    },
  );
}
