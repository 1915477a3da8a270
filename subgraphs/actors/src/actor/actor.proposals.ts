/** Members' proposals of actors, their moderation, verification and staleness (the machinery is in common/proposals.ts). */
import { ProposalStore, RevisionEntityType, proposalResolvers } from '@ecosystem/common';
import type { ActorsContext } from '../context.js';
import { Actor } from './actor.entity.js';
import { CreateActorInput, UpdateActorInput } from './actor.inputs.js';
import { ActorConnection, ActorResolver } from './actor.resolver.js';
import { checkCreateActor } from './actor.validation.js';

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
  // As updateActor checks it: the proposed fields over the current ones, through the creation checks.
  checkUpdate: (existing, input, viewer) => {
    const keep = <K extends keyof UpdateActorInput>(key: K) => input[key] !== undefined;
    checkCreateActor(
      {
        kind: input.kind ?? existing.kind,
        name: keep('name') ? (input.name as string) : existing.name,
        acronym: keep('acronym') ? input.acronym : existing.acronym,
        description: keep('description') ? input.description : existing.description,
        collectivityLevel: keep('collectivityLevel') ? input.collectivityLevel : existing.collectivityLevel,
        themes: keep('themes') ? input.themes : existing.themes,
        website: keep('website') ? input.website : existing.website,
        identifiers: keep('identifiers') ? input.identifiers : existing.identifiers,
        territory: input.territory ?? existing.place,
        location: input.location,
        source: input.source,
      },
      viewer,
    );
  },
  create: (input, ctx) => writer.createActor(input, ctx),
  update: (id, input, ctx) => writer.updateActor(id, input, ctx),
});
