/** The contacts subgraph's schema. */
import { buildFederatedSchema } from '@ecosystem/common';
import type { GraphQLSchema } from 'graphql';
import { ActorContactsResolver } from './actor/actor.reference.js';
import { ContactResolver, contactReference } from './contact/contact.resolver.js';
import { contactProposals } from './contact/contact.proposals.js';
import { ActorMergeReference, ActorMergeContactsResolver } from './actor/actor.merge.js';
import { ContactMergeResolver } from './contact/contact.merge.js';
import { ResearchNeedContactsResolver, researchNeedReference, ResearchNeedReference } from './matching/research-need.reference.js';

export function buildContactsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ orphanedTypes: [ActorMergeReference, ResearchNeedReference], resolvers: [ContactResolver, ActorContactsResolver, ActorMergeContactsResolver, ContactMergeResolver, ...contactProposals.resolvers, ResearchNeedContactsResolver] }, {
    ...contactReference,
    ...researchNeedReference,
    // The merge's fields come in the representation, from the actors subgraph (see actor/actor.merge.ts).
    ActorMerge: { __resolveReference: (ref: { mergedId: string; survivorId: string }) => ref },
  });
}
