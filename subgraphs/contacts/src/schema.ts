/** The contacts subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import { ActorContactsResolver } from './actor/actor.reference.js';
import { ContactResolver, contactReference } from './contact/contact.resolver.js';

export function buildContactsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [ContactResolver, ActorContactsResolver] }, contactReference);
}
