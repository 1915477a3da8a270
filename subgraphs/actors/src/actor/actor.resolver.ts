/** Queries, fields and mutations of `Actor`. Cross-row fields go through the request's DataLoaders. */
import {
  Connection, ConnectionType, GeoPoint, InputProblems, Revision, RevisionAction, RevisionConnection, RevisionFilter, Territory, createRecord, isUuid,
  pageRequest, readJournal, requireEditorFor, requireHistoryReader, requireRole, reviseRecord, revertRecord, revisionView, searchText, territories,
  LocationPrecision, TerritoryCount, type Snapshot,
  cacheHint, badUserInput,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ActorsContext } from '../context.js';
import { Partnership, partnershipSeenFrom } from '../partnership/partnership.entity.js';
import { Actor, ActorLocation, locationOf } from './actor.entity.js';
import { ActorFilter, CreateActorInput, UpdateActorInput, type ActorIdentifiersInput } from './actor.inputs.js';
import { ancestry, type ActorCriteria } from './actor.store.js';
import { checkBoundingBox, checkCreateActor, checkUpdateActor, type CheckedActor } from './actor.validation.js';
import { refuseIdentifierDuplicates } from './actor.duplicates.resolver.js';

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
  async actor(@Arg('id', () => ID, { description: 'Id of the Actor.' }) id: string, @Ctx() ctx: ActorsContext): Promise<Actor | null> {
    return ctx.loaders.actorById.load(id);
  }

  @Directive(cacheHint.records)
  @Query(() => ActorConnection, { description: 'Live actors matching the filter: best matches first when searching, else by name.' })
  async actors(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: ActorFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<Connection<Actor>> {
    const criteria = criteriaFrom(filter);
    const page = pageRequest(first, after);
    const rows = await ctx.actors.page(criteria, page);
    for (const row of rows) ctx.loaders.actorById.prime(row.id, row);
    return new Connection(rows, page, () => ctx.actors.count(criteria));
  }

  @Directive(cacheHint.records)
  @Query(() => [ActorLocation], { description: 'Located live actors matching the filter, for maps: at most `limit` (50,000 at most).' })
  async actorLocations(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: ActorFilter | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 20000, description: 'How many locations at most (up to 50,000).' }) limit?: number | null,
  ): Promise<ActorLocation[]> {
    const size = limit ?? 20000;
    const problems = new InputProblems();
    problems.check(Number.isInteger(size) && size >= 0 && size <= 50000, 'limit', 'Between 0 and 50,000.');
    problems.throwIfAny();
    return ctx.actors.locations(criteriaFrom(filter), size);
  }

  @Directive(cacheHint.records)
  @Query(() => [TerritoryCount], { description: 'Live actors matching the filter, counted per département (for choropleths).' })
  async actorCountsByDepartment(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: ActorFilter | null,
  ): Promise<TerritoryCount[]> {
    return ctx.actors.countsByDepartment(criteriaFrom(filter));
  }

  @FieldResolver(() => Territory, { description: 'Where the actor stands: région, département, EPCI and commune, as far as known.' })
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
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'How many children, at most 1000.' }) first?: number | null,
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

  @FieldResolver(() => [Revision], {
    nullable: true,
    description:
      'Every recorded change of this actor, newest first (who, when, the states before and after, the field diff). ' +
      'For editors and admins: others get null with a FORBIDDEN (UNAUTHENTICATED when anonymous) error.',
  })
  async history(@Root() actor: Actor, @Ctx() ctx: ActorsContext): Promise<Revision[]> {
    requireHistoryReader(ctx.viewer);
    return (await ctx.loaders.historyOf.load(actor.id)).map(revisionView);
  }

  @Query(() => RevisionConnection, {
    description: 'The journal of every change to actors and partnerships, newest first. Admins only.',
  })
  async actorsJournal(
    @Ctx() ctx: ActorsContext,
    @Arg('filter', () => RevisionFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: RevisionFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<RevisionConnection> {
    return readJournal(ctx.actors.revisions, ctx.viewer, filter, first, after);
  }

  @Mutation(() => Actor, { description: 'Creates an actor (version 1). Needs the editor role.' })
  async createActor(@Arg('input', () => CreateActorInput, { description: 'The new actor.' }) input: CreateActorInput, @Ctx() ctx: ActorsContext): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkCreateActor(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const problems = new InputProblems();
    // `!= null`, not truthiness: an empty string is an invalid id to refuse, not a missing one.
    if (input.parentId != null) await this.checkParent(null, input.parentId, ctx, problems);
    problems.throwIfAny();
    await refuseIdentifierDuplicates(ctx.actors.repository.manager, checked);
    const id = randomUUID();
    const location = input.location ? { ...input.location, precision: LocationPrecision.EXACT } : await this.communeLocation(checked, ctx);
    const now = new Date();
    return createRecord(ctx.actors.versioned, ctx.viewer, {
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
      openToPartnerships: null,
      mergedIntoId: null,
      version: 1,
    });
  }

  @Mutation(() => Actor, {
    description:
      'Changes an actor: omitted fields stay as they are. Needs the editor role. With `input.expectedVersion`, refused with CONFLICT ' +
      'when the actor changed since that version.',
  })
  async updateActor(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('input', () => UpdateActorInput, { description: 'The changes: omitted fields stay as they are.' }) input: UpdateActorInput,
    @Ctx() ctx: ActorsContext,
  ): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.actors.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion: input.expectedVersion,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: (existing) => this.changedValues(existing, input, ctx),
    });
  }

  @Mutation(() => Actor, {
    description:
      'Puts an actor back in the state it had at `version` (a new version, recorded as a REVERT), after the same checks as an update. ' +
      'Needs the editor role on the actor\'s current and restored territory.',
  })
  async revertActor(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('version', () => Int, { description: 'The earlier version to restore.' }) version: number,
    @Ctx() ctx: ActorsContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version the editor is looking at; CONFLICT when it is stale.' })
    expectedVersion?: number | null,
  ): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    return revertRecord(ctx.actors.versioned, {
      id,
      version,
      viewer: ctx.viewer,
      expectedVersion,
      authorize: (existing) => {
        requireEditorFor(ctx.viewer, existing.place);
        // Its references now belong to the survivor: bringing the duplicate back would split them again.
        if (existing.mergedIntoId) throw badUserInput([{ field: 'id', message: `This actor was merged into ${existing.mergedIntoId}: edit that record instead.` }]);
      },
      restore: async (state, existing) => {
        const values = await this.changedValues(existing, inputFromSnapshot(state), ctx);
        // The stored point and its precision come back as they were, not as a typed-in EXACT one.
        return {
          ...values,
          latitude: (state.latitude as number | null) ?? null,
          longitude: (state.longitude as number | null) ?? null,
          locationPrecision: (state.locationPrecision as LocationPrecision | null) ?? null,
          archivedAt: state.archivedAt ? new Date(state.archivedAt as string) : null,
          // Matchmaking openness is not part of the actor form: a revert restores it too (null when the version predates it).
          openToPartnerships: (state.openToPartnerships as boolean | null | undefined) ?? null,
        };
      },
    });
  }

  @Mutation(() => Actor, { description: 'Archives an actor: it leaves every list but stays readable by id. Needs the editor role.' })
  async archiveActor(@Arg('id', () => ID, { description: 'Id of the Actor to archive.' }) id: string, @Ctx() ctx: ActorsContext): Promise<Actor> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.actors.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.ARCHIVE,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async (existing) => (existing.archivedAt ? null : { archivedAt: new Date() }),
    });
  }

  /** The columns an update writes, checked as a creation would be (and the new place covered too). */
  private async changedValues(existing: Actor, input: UpdateActorInput, ctx: ActorsContext): Promise<Partial<Actor>> {
    const keep = <K extends keyof UpdateActorInput>(key: K) => input[key] !== undefined;
    const checked = checkUpdateActor(input, existing, ctx.viewer);
    // Moving a record out of one's territories is refused too.
    requireEditorFor(ctx.viewer, checked.place);
    const problems = new InputProblems();
    const parentId = keep('parentId') ? input.parentId ?? null : existing.parentId;
    if (parentId != null && parentId !== existing.parentId) await this.checkParent(existing.id, parentId, ctx, problems);
    problems.throwIfAny();
    // An identifier given now must not be another live actor's, as on create. Only the changed ones
    // are checked: a duplicate that predates this edit does not block fixing a typo in a name.
    const changedIdentifiers = Object.fromEntries(
      Object.entries(checked.identifiers).map(([k, v]) => [k, v !== existing.identifiers[k as keyof typeof existing.identifiers] ? v : null]),
    ) as typeof checked.identifiers;
    if (Object.values(changedIdentifiers).some((v) => v)) {
      await refuseIdentifierDuplicates(ctx.actors.repository.manager, { ...checked, identifiers: changedIdentifiers }, [existing.id]);
    }
    const placeChanged = input.territory && input.territory.communeCode !== existing.place.communeCode;
    const location = input.location
      ? { ...input.location, precision: LocationPrecision.EXACT }
      : placeChanged ? await this.communeLocation(checked, ctx) : locationOf(existing);
    return {
      ...checked,
      source: input.source ? checked.source : existing.source,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null,
      locationPrecision: location?.precision ?? null,
      parentId,
    };
  }

  /** The parent must exist and must not be the actor itself or one of its descendants. */
  private async checkParent(id: string | null, parentId: string, ctx: ActorsContext, problems: InputProblems): Promise<void> {
    if (!isUuid(parentId)) return problems.add('input.parentId', 'Must be an actor id.');
    if (parentId === id) return problems.add('input.parentId', 'An actor cannot be its own parent.');
    const line = await ancestry(ctx.actors.repository.manager, parentId, id);
    if (!line.exists) problems.add('input.parentId', `Actor ${parentId} does not exist.`);
    else if (line.contains) problems.add('input.parentId', 'This parent is below the actor: it would make a cycle.');
  }

  private async communeLocation(checked: CheckedActor, ctx: ActorsContext): Promise<GeoPoint | null> {
    const code = checked.place.communeCode;
    if (!code) return null;
    const commune = await ctx.actors.byRef(`commune:${code}`);
    return commune ? locationOf(commune) : null;
  }
}

/** An update input that sets every field to its value in a stored snapshot (a revert). */
function inputFromSnapshot(state: Snapshot): UpdateActorInput {
  const text = (key: string) => (state[key] as string | null | undefined) ?? null;
  return {
    kind: state.kind as Actor['kind'],
    name: text('name'),
    acronym: text('acronym'),
    description: text('description'),
    collectivityLevel: (state.collectivityLevel as Actor['collectivityLevel']) ?? null,
    themes: (state.themes as string[] | null) ?? [],
    website: text('website'),
    identifiers: (state.identifiers as ActorIdentifiersInput | null) ?? null,
    territory: state.territory as UpdateActorInput['territory'],
    parentId: text('parentId'),
    source: state.source as UpdateActorInput['source'],
  };
}

/** Actors referenced by other subgraphs resolve through the same per-request loader. */
export const actorReference = {
  Actor: {
    __resolveReference: (reference: { id: string }, ctx: ActorsContext) => ctx.loaders.actorById.load(reference.id),
  },
};

