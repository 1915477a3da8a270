/** Partnership fields and the mutations that add and remove partnerships. */
import {
  DateScalar, InputProblems, PARTNERSHIP_TOOLS, ProvenanceInput, isUuid, notFound, optionalText, provenanceFromInput, requireEditorForAny, requireRole,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';
import { Partnership, PartnershipToolReference, partnershipSeenFrom } from './partnership.entity.js';

const TOOL_SLUGS = new Set(PARTNERSHIP_TOOLS.map((tool) => tool.slug));

@InputType({ description: 'A partnership between two actors, through one tool of the toolbox.' })
export class AddPartnershipInput {
  @Field(() => ID) actorId!: string;
  @Field(() => ID) partnerId!: string;
  @Field(() => ID, { description: 'Slug of a PartnershipTool.' }) toolSlug!: string;
  @Field(() => Int, { description: '1 to 5.' }) intensity!: number;
  @Field(() => DateScalar, { nullable: true }) startedOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
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
  async addPartnership(@Arg('input', () => AddPartnershipInput) input: AddPartnershipInput, @Ctx() ctx: ActorsContext): Promise<Partnership> {
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
    const result = await ctx.partnerships.repository
      .createQueryBuilder()
      .insert()
      .values({ id: randomUUID(), actorId: a, partnerId: b, toolSlug: input.toolSlug, intensity: input.intensity, startedOn: input.startedOn ?? null, note, source, createdAt: now, updatedAt: now })
      .orIgnore()
      .returning('id')
      .execute();
    if (!result.raw.length) {
      problems.add('input.toolSlug', 'These two actors already have a partnership with this tool.');
      problems.throwIfAny();
    }
    const row = await ctx.partnerships.repository.findOneByOrFail({ id: result.raw[0].id });
    return partnershipSeenFrom(row, input.actorId);
  }

  @Mutation(() => ID, { description: 'Removes a partnership and returns its id. Needs the editor role.' })
  async removePartnership(@Arg('id', () => ID) id: string, @Ctx() ctx: ActorsContext): Promise<string> {
    requireRole(ctx.viewer, 'editor');
    const existing = isUuid(id) ? await ctx.partnerships.repository.findOneBy({ id }) : null;
    if (!existing) throw notFound('Partnership', id);
    const actors = await ctx.actors.byIds([existing.actorId, existing.partnerId]);
    requireEditorForAny(ctx.viewer, actors.map((actor) => actor.place));
    const result = await ctx.partnerships.repository.delete({ id });
    if (!result.affected) throw notFound('Partnership', id);
    return id;
  }
}
