/** The actors subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver, actorReference } from './actor/actor.resolver.js';
import { PartnershipResolver } from './partnership/partnership.resolver.js';
import { actorProposals } from './actor/actor.proposals.js';
import { ActorDuplicateResolver } from './actor/actor.duplicates.resolver.js';
import { ActorAffiliationsResolver, AffiliationResolver } from './affiliation/affiliation.resolver.js';
import { ActorMergeResolver, ActorMergedIntoResolver, actorMergeReference } from './actor/actor.merge.js';
import { ActorWorkspaceResolver, WorkspaceTargetResolver } from './workspace/workspace.resolver.js';
import { PartnershipOpennessResolver } from './matching/openness.resolver.js';
import { ResearchNeedActorsResolver, researchNeedReference, ResearchNeedReference } from './matching/research-need.reference.js';

export function buildActorsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [ActorResolver, PartnershipResolver, ActorDuplicateResolver, ActorAffiliationsResolver, AffiliationResolver, ActorMergeResolver, ActorMergedIntoResolver, WorkspaceTargetResolver, ActorWorkspaceResolver, ...actorProposals.resolvers, PartnershipOpennessResolver, ResearchNeedActorsResolver], orphanedTypes: [ResearchNeedReference] }, { ...actorReference, ...researchNeedReference, ...actorMergeReference });
}
