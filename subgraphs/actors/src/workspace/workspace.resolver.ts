/**
 * The facilitator's workspace: a private list of priority targets, each with the toolbox's next step.
 *
 * Who sees a workspace: its owner only (any editor or admin has one). The notes are candid working
 * notes about organisations and the people in them ("ne répond pas", "attendre les élections"),
 * written for oneself; editors of the same territory are not a team in this product (a grant is a
 * right to edit records, not a membership), so sharing by territory would publish those notes to
 * people the author never chose. A target of someone else is NOT_FOUND, never FORBIDDEN, so its id
 * reveals nothing. For the same reason targets are not written to the admins' journal (revisions
 * are readable by every admin): a target has its own version counter for concurrent edits (two tabs).
 */
import {
  DateScalar, InputProblems, PARTNERSHIP_TOOLS, cacheHint, isUuid, notFound, optionalText, requireRole, nextStepToward, toolsForStep, type Viewer,
} from '@ecosystem/common';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { Actor } from '../actor/actor.entity.js';
import type { ActorsContext } from '../context.js';
import { PartnershipToolReference } from '../partnership/partnership.entity.js';
import { WorkspaceTarget } from './workspace.entity.js';

export enum WorkspaceTargetOrder {
  DUE_ON = 'DUE_ON',
  RECENT = 'RECENT',
}

registerEnumType(WorkspaceTargetOrder, {
  name: 'WorkspaceTargetOrder',
  description: 'How to sort a workspace.',
  valuesConfig: {
    DUE_ON: { description: 'Soonest due date first, targets without one last, then by actor name.' },
    RECENT: { description: 'Most recently changed first.' },
  },
});

@InputType({ description: 'An actor to add to one\'s priority targets.' })
export class AddWorkspaceTargetInput {
  @Field(() => ID, { description: 'Id of a live Actor.' }) actorId!: string;
  @Field(() => Int, { nullable: true, defaultValue: 0, description: 'Intensity of the relation today, 0 (none yet) to 5.' }) currentIntensity?: number | null;
  @Field(() => Int, { description: 'Intensity aimed for, 1 to 5.' }) aimedIntensity!: number;
  @Field(() => String, { nullable: true, description: 'Free notes, at most 4,000 characters.' }) notes?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the next step should be done.' }) dueOn?: string | null;
}

@InputType({ description: 'Changes to a target: omitted fields stay as they are, null clears notes or the due date.' })
export class UpdateWorkspaceTargetInput {
  @Field(() => Int, { nullable: true, description: 'Intensity of the relation today, 0 to 5.' }) currentIntensity?: number | null;
  @Field(() => Int, { nullable: true, description: 'Intensity aimed for, 1 to 5.' }) aimedIntensity?: number | null;
  @Field(() => String, { nullable: true, description: 'Free notes, at most 4,000 characters; null clears them.' }) notes?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the next step should be done; null clears it.' }) dueOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the editor loaded: when stale, CONFLICT and nothing written.' }) expectedVersion?: number | null;
}

const TOOLS = PARTNERSHIP_TOOLS.map((tool) => ({ slug: tool.slug, intensities: tool.intensities }));

function checkLevel(value: number | null | undefined, field: string, min: number, problems: InputProblems): void {
  if (value === null || value === undefined) return;
  problems.check(Number.isInteger(value) && value >= min && value <= 5, field, `A level from ${min} to 5.`);
}

/** Only a signed-in editor or admin with a subject has a workspace. */
function ownerOf(viewer: Viewer): string {
  requireRole(viewer, 'editor');
  if (!viewer.id) throw new GraphQLError('This token names nobody: a workspace belongs to a signed-in person.', { extensions: { code: 'UNAUTHENTICATED' } });
  return viewer.id;
}

@Resolver(() => WorkspaceTarget)
export class WorkspaceTargetResolver {
  @Directive(cacheHint.viewerDependent)
  @Query(() => [WorkspaceTarget], { description: 'The signed-in editor\'s priority targets (their own only). Needs the editor role.' })
  async myTargets(
    @Ctx() ctx: ActorsContext,
    @Arg('orderBy', () => WorkspaceTargetOrder, { nullable: true, defaultValue: WorkspaceTargetOrder.DUE_ON, description: 'Sort order; soonest due first by default.' })
    orderBy?: WorkspaceTargetOrder | null,
  ): Promise<WorkspaceTarget[]> {
    const owner = ownerOf(ctx.viewer);
    const order = orderBy === WorkspaceTargetOrder.RECENT
      ? 't.updated_at DESC, t.id'
      : 't.due_on ASC NULLS LAST, a.sort_name, t.id';
    return ctx.database.dataSource
      .getRepository(WorkspaceTarget)
      .createQueryBuilder('t')
      .innerJoin(Actor, 'a', 'a.id = t.actor_id')
      .where('t.owner_id = :owner', { owner })
      .orderBy(order)
      .getMany();
  }

  @FieldResolver(() => Actor, { description: 'The target actor.' })
  async actor(@Root() target: WorkspaceTarget, @Ctx() ctx: ActorsContext): Promise<Actor> {
    const actor = await ctx.loaders.actorById.load(target.actorId);
    if (!actor) throw new Error(`Target ${target.id} points to a missing actor`);
    return actor;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The level to work on next: one step above the current intensity (never more, as the toolbox advises; level 1, mutual knowledge, when there is no relation yet). Null once the aimed intensity is reached.',
  })
  nextIntensity(@Root() target: WorkspaceTarget): number | null {
    return nextStepToward(target.currentIntensity, target.aimedIntensity);
  }

  @FieldResolver(() => [PartnershipToolReference], {
    description: 'The toolbox\'s tools for the next step, best first (at level 1, "Connaissance mutuelle" leads); empty once the aim is reached.',
  })
  nextTools(@Root() target: WorkspaceTarget): PartnershipToolReference[] {
    const level = nextStepToward(target.currentIntensity, target.aimedIntensity);
    return level === null ? [] : toolsForStep(TOOLS, level).map((tool) => ({ slug: tool.slug }));
  }

  @FieldResolver(() => PartnershipToolReference, { nullable: true, description: 'The one tool to try next: the first of nextTools; null once the aim is reached.' })
  recommendedTool(@Root() target: WorkspaceTarget): PartnershipToolReference | null {
    return this.nextTools(target)[0] ?? null;
  }

  @Mutation(() => WorkspaceTarget, { description: 'Adds an actor to one\'s priority targets. Needs the editor role; an actor is on a list once.' })
  async addWorkspaceTarget(
    @Arg('input', () => AddWorkspaceTargetInput, { description: 'The target.' }) input: AddWorkspaceTargetInput,
    @Ctx() ctx: ActorsContext,
  ): Promise<WorkspaceTarget> {
    const owner = ownerOf(ctx.viewer);
    const problems = new InputProblems();
    problems.check(isUuid(input.actorId), 'input.actorId', 'Must be an actor id.');
    const current = input.currentIntensity ?? 0;
    checkLevel(current, 'input.currentIntensity', 0, problems);
    checkLevel(input.aimedIntensity, 'input.aimedIntensity', 1, problems);
    const notes = optionalText(input.notes, 'input.notes', 4000, problems);
    if (problems.empty) {
      const actor = await ctx.loaders.actorById.load(input.actorId.toLowerCase());
      if (!actor) problems.add('input.actorId', `Actor ${input.actorId} does not exist.`);
      else if (actor.mergedIntoId) problems.add('input.actorId', `${actor.name} was merged into another record (${actor.mergedIntoId}): add that one.`);
      else if (actor.archivedAt) problems.add('input.actorId', `${actor.name} is archived.`);
    }
    problems.throwIfAny();
    const now = new Date();
    const id = randomUUID();
    const result = await ctx.database.dataSource
      .createQueryBuilder()
      .insert()
      .into(WorkspaceTarget)
      .values({
        id, ownerId: owner, actorId: input.actorId.toLowerCase(), currentIntensity: current, aimedIntensity: input.aimedIntensity,
        notes, dueOn: input.dueOn ?? null, version: 1, createdAt: now, updatedAt: now,
      })
      .orIgnore()
      .returning('id')
      .execute();
    if (!result.raw.length) {
      problems.add('input.actorId', 'This actor is already among your targets.');
      problems.throwIfAny();
    }
    return ctx.database.dataSource.getRepository(WorkspaceTarget).findOneByOrFail({ id });
  }

  @Mutation(() => WorkspaceTarget, { description: 'Changes one of one\'s targets. With `input.expectedVersion`, refused with CONFLICT when it changed since.' })
  async updateWorkspaceTarget(
    @Arg('id', () => ID, { description: 'Id of the WorkspaceTarget.' }) id: string,
    @Arg('input', () => UpdateWorkspaceTargetInput, { description: 'The changes.' }) input: UpdateWorkspaceTargetInput,
    @Ctx() ctx: ActorsContext,
  ): Promise<WorkspaceTarget> {
    const owner = ownerOf(ctx.viewer);
    const problems = new InputProblems();
    checkLevel(input.currentIntensity, 'input.currentIntensity', 0, problems);
    checkLevel(input.aimedIntensity, 'input.aimedIntensity', 1, problems);
    problems.check(input.currentIntensity !== null, 'input.currentIntensity', 'Cannot be cleared: 0 means no relation yet.');
    problems.check(input.aimedIntensity !== null, 'input.aimedIntensity', 'Cannot be cleared.');
    const notes = optionalText(input.notes, 'input.notes', 4000, problems);
    problems.throwIfAny();
    return ctx.database.dataSource.transaction(async (manager) => {
      const existing = await this.lockOwn(manager, owner, id);
      if (input.expectedVersion != null && input.expectedVersion !== existing.version) {
        throw new GraphQLError(
          `Cette cible a été modifiée depuis que vous l’avez ouverte (version ${input.expectedVersion}, elle est maintenant en version ${existing.version}). Rechargez-la : rien n’a été écrit.`,
          { extensions: { code: 'CONFLICT', id: existing.id, expectedVersion: input.expectedVersion, currentVersion: existing.version } },
        );
      }
      const values: Partial<WorkspaceTarget> = {
        currentIntensity: input.currentIntensity ?? existing.currentIntensity,
        aimedIntensity: input.aimedIntensity ?? existing.aimedIntensity,
        notes: input.notes === undefined ? existing.notes : notes,
        dueOn: input.dueOn === undefined ? existing.dueOn : input.dueOn,
      };
      const changed = (Object.keys(values) as Array<keyof WorkspaceTarget>).some((key) => values[key] !== existing[key]);
      if (!changed) return existing;
      await manager.update(WorkspaceTarget, { id: existing.id }, { ...values, version: existing.version + 1, updatedAt: new Date() });
      return manager.findOneByOrFail(WorkspaceTarget, { id: existing.id });
    });
  }

  @Mutation(() => ID, { description: 'Removes one of one\'s targets and returns its id.' })
  async removeWorkspaceTarget(@Arg('id', () => ID, { description: 'Id of the WorkspaceTarget.' }) id: string, @Ctx() ctx: ActorsContext): Promise<string> {
    const owner = ownerOf(ctx.viewer);
    const result = isUuid(id) ? await ctx.database.dataSource.getRepository(WorkspaceTarget).delete({ id: id.toLowerCase(), ownerId: owner }) : { affected: 0 };
    if (!result.affected) throw notFound('WorkspaceTarget', id);
    return id;
  }

  private async lockOwn(manager: EntityManager, owner: string, id: string): Promise<WorkspaceTarget> {
    const row = isUuid(id)
      ? await manager.getRepository(WorkspaceTarget).findOne({ where: { id: id.toLowerCase(), ownerId: owner }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!row) throw notFound('WorkspaceTarget', id);
    return row;
  }
}

/** `Actor.myTarget`: whether the actor is on the viewer's list (the actor page's "add" button). */
@Resolver(() => Actor)
export class ActorWorkspaceResolver {
  @Directive(cacheHint.viewerDependent)
  @FieldResolver(() => WorkspaceTarget, { nullable: true, description: 'This actor on the signed-in editor\'s priority targets; null when it is not there, or for anyone but an editor or admin.' })
  async myTarget(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<WorkspaceTarget | null> {
    if ((ctx.viewer.role !== 'editor' && ctx.viewer.role !== 'admin') || !ctx.viewer.id) return null;
    return ctx.loaders.myTargetOf.load(actor.id);
  }
}
