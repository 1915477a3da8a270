/** Partnership fields and the mutations that add and remove partnerships. */
import {
  DateScalar, InputProblems, PARTNERSHIP_TOOLS, ProvenanceInput, RevisionAction, RevisionEntityType, isUuid, notFound, optionalText, provenanceFromInput,
  requireEditorForAny, requireRole, snapshotOf,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';
import { Partnership, PartnershipRow, PartnershipToolReference, partnershipSeenFrom } from './partnership.entity.js';

const TOOL_SLUGS = new Set(PARTNERSHIP_TOOLS.map((tool) => tool.slug));

@InputType({ description: 'A partnership between two actors, through one tool of the toolbox.' })
export class AddPartnershipInput {
  @Field(() => ID, { description: 'Id of the actor the partnership is seen from (within the editor\'s territories, or the partner).' }) actorId!: string;
  @Field(() => ID, { description: 'Id of the actor on the other side.' }) partnerId!: string;
  @Field(() => ID, { description: 'Slug of a PartnershipTool.' }) toolSlug!: string;
  @Field(() => Int, { description: '1 to 5.' }) intensity!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Day the partnership started, when known.' }) startedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'What the partnership is about, in words.' }) note?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the partnership is recorded; defaults to the editor.' }) source?: ProvenanceInput | null;
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => Actor, { description: 'The actor on the other side.' })
  async partner(@Root() partnership: Partnership, @Ctx() ctx: ActorsContext): Promise<Actor> {
    const actor = await ctx.loaders.actorById.load(partnership.partnerId);
    if (!actor) throw new Error(`Partnership ${partnership.id} points to a missing actor`);
    return actor;
  }

  @FieldResolver(() => PartnershipToolReference, { description: 'The toolbox tool this partnership uses.' })
  tool(@Root() partnership: Partnership): PartnershipToolReference {
    return { slug: partnership.toolSlug };
  }

  @Mutation(() => Partnership, { description: 'Adds a partnership, seen from actorId. Needs the editor role.' })
  async addPartnership(@Arg('input', () => AddPartnershipInput, { description: 'The partnership to add.' }) input: AddPartnershipInput, @Ctx() ctx: ActorsContext): Promise<Partnership> {
    requireRole(ctx.viewer, 'editor');
    const problems = new InputProblems();
    problems.check(isUuid(input.actorId), 'input.actorId', 'Must be an actor id.');
    problems.check(isUuid(input.partnerId), 'input.partnerId', 'Must be an actor id.');
    problems.check(input.actorId !== input.partnerId, 'input.partnerId', 'An actor cannot partner with itself.');
    problems.check(TOOL_SLUGS.has(input.toolSlug), 'input.toolSlug', 'Not a tool of the toolbox: see the partnershipTools query.');
    problems.check(Number.isInteger(input.intensity) && input.intensity >= 1 && input.intensity <= 5, 'input.intensity', 'Between 1 and 5.');
    const note = optionalText(input.note, 'input.note', 2000, problems);
    const source = provenanceFromInput(input.source, ctx.viewer, 'input.source', problems);
    let found: Actor[] = [];
    if (problems.empty) {
      found = await ctx.actors.byIds([input.actorId, input.partnerId]);
      for (const key of ['actorId', 'partnerId'] as const) {
        const actor = found.find((a) => a.id === input[key]);
        if (!actor) problems.add(`input.${key}`, `Actor ${input[key]} does not exist.`);
        else if (actor.archivedAt) problems.add(`input.${key}`, `Actor ${actor.name} is archived.`);
      }
    }
    problems.throwIfAny();
    // A partnership links an actor of one's territory to a partner that may be anywhere.
    requireEditorForAny(ctx.viewer, found.map((actor) => actor.place));
    const [a, b] = [input.actorId, input.partnerId].sort();
    const now = new Date();
    // The partnership and its journal entry (version 1, PARTNERSHIP_ADD) are written together.
    const row = await ctx.database.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(PartnershipRow)
        .values({ id: randomUUID(), actorId: a, partnerId: b, toolSlug: input.toolSlug, intensity: input.intensity, startedOn: input.startedOn ?? null, note, source, createdAt: now, updatedAt: now })
        .orIgnore()
        .returning('id')
        .execute();
      if (!result.raw.length) {
        problems.add('input.toolSlug', 'These two actors already have a partnership with this tool.');
        problems.throwIfAny();
      }
      const inserted = await manager.findOneByOrFail(PartnershipRow, { id: result.raw[0].id });
      await ctx.actors.revisions.record(manager, ctx.viewer, [
        { entityType: RevisionEntityType.PARTNERSHIP, entityId: inserted.id, version: 1, action: RevisionAction.PARTNERSHIP_ADD, before: null, after: snapshotOf(inserted) },
      ]);
      return inserted;
    });
    return partnershipSeenFrom(row, input.actorId);
  }

  @Mutation(() => ID, { description: 'Removes a partnership and returns its id. Needs the editor role.' })
  async removePartnership(@Arg('id', () => ID, { description: 'Id of the Partnership to remove.' }) id: string, @Ctx() ctx: ActorsContext): Promise<string> {
    requireRole(ctx.viewer, 'editor');
    const existing = isUuid(id) ? await ctx.partnerships.repository.findOneBy({ id }) : null;
    if (!existing) throw notFound('Partnership', id);
    const actors = await ctx.actors.byIds([existing.actorId, existing.partnerId]);
    requireEditorForAny(ctx.viewer, actors.map((actor) => actor.place));
    // The removal and its journal entry (version 2, PARTNERSHIP_REMOVE) are written together.
    await ctx.database.dataSource.transaction(async (manager) => {
      const result = await manager.delete(PartnershipRow, { id: existing.id });
      if (!result.affected) throw notFound('Partnership', id);
      await ctx.actors.revisions.record(manager, ctx.viewer, [
        { entityType: RevisionEntityType.PARTNERSHIP, entityId: existing.id, version: 2, action: RevisionAction.PARTNERSHIP_REMOVE, before: snapshotOf(existing), after: null },
      ]);
    });
    return id;
  }
}
