/** Queries, fields and mutations of `Actor`. Cross-row fields go through the request's DataLoaders. */
import {
  Connection, ConnectionType, GeoPoint, InputProblems, Territory, isUuid, notFound, pageRequest, requireEditorFor, requireRole,
  searchText, territories, LocationPrecision, TerritoryCount,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActorsContext } from '../context.js';
import { Partnership, partnershipSeenFrom } from '../partnership/partnership.entity.js';
import { Actor, ActorLocation, locationOf } from './actor.entity.js';
import { ActorFilter, CreateActorInput, UpdateActorInput } from './actor.inputs.js';
import type { ActorCriteria } from './actor.store.js';
import { checkBoundingBox, checkCreateActor, type CheckedActor } from './actor.validation.js';

export const ActorConnection = ConnectionType(Actor, 'Actor');

export function criteriaFrom(filter: ActorFilter | null | undefined): ActorCriteria {
  const problems = new InputProblems();
  const search = searchText(filter?.search, problems);
  if (filter?.bbox) checkBoundingBox(filter.bbox, problems);
  if (filter?.parentId) problems.check(isUuid(filter.parentId), 'filter.parentId', 'Must be an actor id.');
  problems.throwIfAny();
  return {
    kinds: filter?.kinds ?? undefined,
    collectivityLevels: filter?.collectivityLevels ?? undefined,
    search: search ?? undefined,
    themes: filter?.themes?.map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean),
    regionCode: filter?.regionCode ?? undefined,
    departmentCode: filter?.departmentCode ?? undefined,
    epciCode: filter?.epciCode ?? undefined,
    communeCode: filter?.communeCode ?? undefined,
    bbox: filter?.bbox ?? undefined,
    parentId: filter?.parentId ?? undefined,
  };
}

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'One actor by id, archived or not; null when there is none.' })
  async actor(@Arg('id', () => ID) id: string, @Ctx() ctx: ActorsContext): Promise<Actor | null> {
    return ctx.loaders.actorById.load(id);
  }

  @Query(() => ActorConnection, { description: 'Live actors matching the filter: best matches first when searching, else by name.' })
  async actors(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Actor>> {
    const criteria = criteriaFrom(filter);
    const page = pageRequest(first, after);
    const rows = await ctx.actors.page(criteria, page);
    for (const row of rows) ctx.loaders.actorById.prime(row.id, row);
    return new Connection(rows, page, () => ctx.actors.count(criteria));
  }

  @Query(() => [ActorLocation], { description: 'Located live actors matching the filter, for maps: at most `limit` (50,000 at most).' })
  async actorLocations(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 20000 }) limit?: number | null,
  ): Promise<ActorLocation[]> {
    const size = limit ?? 20000;
    const problems = new InputProblems();
    problems.check(Number.isInteger(size) && size >= 0 && size <= 50000, 'limit', 'Between 0 and 50,000.');
    problems.throwIfAny();
    return ctx.actors.locations(criteriaFrom(filter), size);
  }

  @Query(() => [TerritoryCount], { description: 'Live actors matching the filter, counted per département (for choropleths).' })
  async actorCountsByDepartment(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true }) filter?: ActorFilter | null,
  ): Promise<TerritoryCount[]> {
    return ctx.actors.countsByDepartment(criteriaFrom(filter));
  }

  @FieldResolver(() => Territory)
  territory(@Root() actor: Actor): Territory {
    return territories().resolve(actor.place);
  }

  @FieldResolver(() => GeoPoint, { nullable: true, description: 'Where to draw it; see precision for how exact it is.' })
  location(@Root() actor: Actor): GeoPoint | null {
    return locationOf(actor);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor above: commune → EPCI → département → région, lab → university.' })
  async parent(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<Actor | null> {
    return actor.parentId ? ctx.loaders.actorById.load(actor.parentId) : null;
  }

  @FieldResolver(() => [Actor], { description: 'Live actors directly below, by name.' })
  async children(
    @Root() actor: Actor,
    @Ctx() ctx: ActorsContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first?: number | null,
  ): Promise<Actor[]> {
    const size = first ?? 100;
    const problems = new InputProblems();
    problems.check(Number.isInteger(size) && size >= 0 && size <= 1000, 'first', 'Ask for between 0 and 1000 children.');
    problems.throwIfAny();
    return ctx.loaders.children(size).load(actor.id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships with live actors, strongest first.' })
  async partnerships(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<Partnership[]> {
    const rows = await ctx.loaders.partnershipsOf.load(actor.id);
    return rows.map((row) => partnershipSeenFrom(row, actor.id));
  }

  @Mutation(() => Actor, { description: 'Creates an actor. Needs the editor role.' })
  async createActor(@Arg('input', () => CreateActorInput) input: CreateActorInput, @Ctx() ctx: ActorsContext): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkCreateActor(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const problems = new InputProblems();
    if (input.parentId) await this.checkParent(null, input.parentId, ctx, problems);
    problems.throwIfAny();
    const id = randomUUID();
    const location = input.location ? { ...input.location, precision: LocationPrecision.EXACT } : await this.communeLocation(checked, ctx);
    const now = new Date();
    await ctx.actors.repository.insert({
      id,
      ref: `api:${id}`,
      ...checked,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      locationPrecision: location?.precision ?? null,
      parentId: input.parentId ?? null,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    });
    return (await ctx.actors.repository.findOneByOrFail({ id }));
  }

  @Mutation(() => Actor, { description: 'Changes an actor: omitted fields stay as they are. Needs the editor role.' })
  async updateActor(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateActorInput) input: UpdateActorInput,
    @Ctx() ctx: ActorsContext,
  ): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    const keep = <K extends keyof UpdateActorInput>(key: K) => input[key] !== undefined;
    const checked = checkCreateActor(
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
      ctx.viewer,
    );
    // Moving a record out of one's territories is refused too.
    requireEditorFor(ctx.viewer, checked.place);
    const problems = new InputProblems();
    const parentId = keep('parentId') ? input.parentId ?? null : existing.parentId;
    if (parentId && parentId !== existing.parentId) await this.checkParent(id, parentId, ctx, problems);
    problems.throwIfAny();
    const placeChanged = input.territory && input.territory.communeCode !== existing.place.communeCode;
    const location = input.location
      ? { ...input.location, precision: LocationPrecision.EXACT }
      : placeChanged ? await this.communeLocation(checked, ctx) : locationOf(existing);
    await ctx.actors.repository.update(
      { id },
      {
        ...checked,
        source: input.source ? checked.source : existing.source,
        latitude: location?.latitude ?? null,
        longitude: location?.longitude ?? null,
        locationPrecision: location?.precision ?? null,
        parentId,
        updatedAt: new Date(),
      },
    );
    return ctx.actors.repository.findOneByOrFail({ id });
  }

  @Mutation(() => Actor, { description: 'Archives an actor: it leaves every list but stays readable by id. Needs the editor role.' })
  async archiveActor(@Arg('id', () => ID) id: string, @Ctx() ctx: ActorsContext): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    if (!existing.archivedAt) {
      await ctx.actors.repository.update({ id }, { archivedAt: new Date(), updatedAt: new Date() });
    }
    return ctx.actors.repository.findOneByOrFail({ id });
  }

  private async existing(id: string, ctx: ActorsContext): Promise<Actor> {
    const actor = isUuid(id) ? await ctx.actors.repository.findOneBy({ id }) : null;
    if (!actor) throw notFound('Actor', id);
    return actor;
  }

  /** The parent must exist and must not be the actor itself or one of its descendants. */
  private async checkParent(id: string | null, parentId: string, ctx: ActorsContext, problems: InputProblems): Promise<void> {
    if (!isUuid(parentId)) return problems.add('input.parentId', 'Must be an actor id.');
    if (parentId === id) return problems.add('input.parentId', 'An actor cannot be its own parent.');
    const [row] = await ctx.actors.repository.query(
      `WITH RECURSIVE ancestors AS (
         SELECT id, parent_id FROM actors.actor WHERE id = $1
         UNION SELECT a.id, a.parent_id FROM actors.actor a JOIN ancestors ON a.id = ancestors.parent_id)
       SELECT count(*)::int AS found, bool_or(id = $2) AS cycle FROM ancestors`,
      [parentId, id],
    );
    if (!row.found) problems.add('input.parentId', `Actor ${parentId} does not exist.`);
    else if (row.cycle) problems.add('input.parentId', 'This parent is below the actor: it would make a cycle.');
  }

  private async communeLocation(checked: CheckedActor, ctx: ActorsContext): Promise<GeoPoint | null> {
    const code = checked.place.communeCode;
    if (!code) return null;
    const commune = await ctx.actors.byRef(`commune:${code}`);
    return commune ? locationOf(commune) : null;
  }
}

/** Actors referenced by other subgraphs resolve through the same per-request loader. */
export const actorReference = {
  Actor: {
    __resolveReference: (reference: { id: string }, ctx: ActorsContext) => ctx.loaders.actorById.load(reference.id),
  },
};

