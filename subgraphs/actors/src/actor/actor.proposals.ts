/** Members' proposals of actors, their moderation, verification and staleness (the machinery is in common/proposals.ts). */
import { ProposalStore, RevisionEntityType, proposalResolvers } from '@ecosystem/common';
import type { ActorsContext } from '../context.js';
import { Actor } from './actor.entity.js';
import { CreateActorInput, UpdateActorInput } from './actor.inputs.js';
import { ActorConnection, ActorResolver } from './actor.resolver.js';
import { checkCreateActor, checkUpdateActor } from './actor.validation.js';

/** The normal write path: the createActor / updateActor mutations themselves. */
const writer = new ActorResolver();

export const actorProposals = proposalResolvers<Actor, ActorsContext, CreateActorInput, UpdateActorInput>({
  name: 'Actor',
  plural: 'Actors',
  entityType: RevisionEntityType.ACTOR,
  recordType: Actor,
  recordConnection: ActorConnection,
  createInput: CreateActorInput,
  updateInput: UpdateActorInput,
  table: 'actors.actor',
  dataSource: (ctx) => ctx.database.dataSource,
  proposals: (ctx) => new ProposalStore(ctx.database.dataSource, 'actors'),
  load: (ctx, id) => ctx.loaders.actorById.load(id),
  checkCreate: (input, viewer) => checkCreateActor(input, viewer).place,
  // As updateActor checks it.
  checkUpdate: (existing, input, viewer) => void checkUpdateActor(input, existing, viewer),
  create: (input, ctx) => writer.createActor(input, ctx),
  update: (id, input, ctx) => writer.updateActor(id, input, ctx),
});
