/** The actors subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import { ActorResolver, actorReference } from './actor/actor.resolver.js';
import { PartnershipResolver } from './partnership/partnership.resolver.js';

export function buildActorsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [ActorResolver, PartnershipResolver] }, actorReference);
}
