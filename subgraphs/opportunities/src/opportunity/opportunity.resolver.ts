/** Queries, fields and mutations of `Opportunity`, and `Actor.opportunities`. */
import {
  Connection, ConnectionType, InputProblems, Revision, RevisionAction, RevisionConnection, RevisionFilter, Territory, TerritoryCount, createRecord, isUuid,
  pageRequest, readJournal, requireEditorFor, requireHistoryReader, requireRole, reviseRecord, revertRecord, revisionView, searchText, territories,
  type Snapshot, type Viewer,
  cacheHint,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ActorReference } from '../actor/actor.reference.js';
import type { OpportunitiesContext } from '../context.js';
import { PartnershipTool } from '../tool/tool.entity.js';
import { Opportunity } from './opportunity.entity.js';
import { OpportunityStatus } from './opportunity.enums.js';
import { CreateOpportunityInput, OpportunityFilter, UpdateOpportunityInput } from './opportunity.inputs.js';
import type { OpportunityCriteria } from './opportunity.store.js';
import { checkOpportunity, checkUpdateOpportunity } from './opportunity.validation.js';

export const OpportunityConnection = ConnectionType(Opportunity, 'Opportunity');

export const PUBLISHED = [OpportunityStatus.OPEN, OpportunityStatus.CLOSED, OpportunityStatus.FILLED];

/** The statuses a viewer asked for; drafts are for editors only. */
export function visibleStatuses(asked: OpportunityStatus[] | null | undefined, viewer: Viewer): OpportunityStatus[] {
  const statuses = asked?.length ? [...new Set(asked)] : PUBLISHED;
  if (statuses.includes(OpportunityStatus.DRAFT)) requireRole(viewer, 'editor');
  return statuses;
}

function criteriaFrom(filter: OpportunityFilter | null | undefined, viewer: Viewer): OpportunityCriteria {
  const problems = new InputProblems();
  const search = searchText(filter?.search, problems);
  if (filter?.hostId) problems.check(isUuid(filter.hostId), 'filter.hostId', 'Must be an actor id.');
  if (filter?.deadlineAfter && filter.deadlineBefore) {
    problems.check(filter.deadlineAfter <= filter.deadlineBefore, 'filter.deadlineBefore', 'Must not be before deadlineAfter.');
  }
  problems.throwIfAny();
  return {
    statuses: visibleStatuses(filter?.statuses, viewer),
    kinds: filter?.kinds ?? undefined,
    search: search ?? undefined,
    themes: filter?.themes?.map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean),
    regionCode: filter?.regionCode ?? undefined,
    departmentCode: filter?.departmentCode ?? undefined,
    communeCode: filter?.communeCode ?? undefined,
    hostId: filter?.hostId ?? undefined,
    toolSlugs: filter?.toolSlugs ?? undefined,
    deadlineAfter: filter?.deadlineAfter ?? undefined,
    deadlineBefore: filter?.deadlineBefore ?? undefined,
  };
}

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => Opportunity, { nullable: true, description: 'One opportunity by id; drafts only for editors.' })
  async opportunity(@Arg('id', () => ID, { description: 'Id of the record.' }) id: string, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity | null> {
    const found = await ctx.loaders.opportunityById.load(id);
    if (found?.status === OpportunityStatus.DRAFT && !['editor', 'admin'].includes(ctx.viewer.role)) return null;
    return found;
  }

  @Directive(cacheHint.records)
  @Query(() => OpportunityConnection, { description: 'Live opportunities: closing soonest first (best matches first when searching).' })
  async opportunities(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: OpportunityFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<Connection<Opportunity>> {
    const criteria = criteriaFrom(filter, ctx.viewer);
    const page = pageRequest(first, after);
    const rows = await ctx.opportunities.page(criteria, page);
    return new Connection(rows, page, () => ctx.opportunities.count(criteria));
  }

  @Directive(cacheHint.records)
  @Query(() => [TerritoryCount], { description: 'Live opportunities matching the filter, counted per département (for choropleths).' })
  async opportunityCountsByDepartment(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: OpportunityFilter | null,
  ): Promise<TerritoryCount[]> {
    return ctx.opportunities.countsByDepartment(criteriaFrom(filter, ctx.viewer));
  }

  @FieldResolver(() => ActorReference, { description: 'The hosting actor.' })
  host(@Root() opportunity: Opportunity): ActorReference {
    return { id: opportunity.hostId };
  }

  @FieldResolver(() => [ActorReference], { description: 'Partner actors.' })
  partners(@Root() opportunity: Opportunity): ActorReference[] {
    return opportunity.partnerIds.map((id) => ({ id }));
  }

  @FieldResolver(() => PartnershipTool, { nullable: true, description: 'The toolbox tool it uses.' })
  async tool(@Root() opportunity: Opportunity, @Ctx() ctx: OpportunitiesContext): Promise<PartnershipTool | null> {
    return opportunity.toolSlug ? ctx.loaders.toolBySlug.load(opportunity.toolSlug) : null;
  }

  @FieldResolver(() => Territory, { description: 'Where it happens: région, département, EPCI and commune, as far as known.' })
  territory(@Root() opportunity: Opportunity): Territory {
    return territories().resolve(opportunity.place);
  }

  @FieldResolver(() => [Revision], {
    nullable: true,
    description:
      'Every recorded change of this opportunity, newest first (who, when, the states before and after, the field diff). ' +
      'For editors and admins: others get null with a FORBIDDEN (UNAUTHENTICATED when anonymous) error.',
  })
  async history(@Root() opportunity: Opportunity, @Ctx() ctx: OpportunitiesContext): Promise<Revision[]> {
    requireHistoryReader(ctx.viewer);
    return (await ctx.loaders.historyOf.load(opportunity.id)).map(revisionView);
  }

  @Query(() => RevisionConnection, { description: 'The journal of every change to opportunities, newest first. Admins only.' })
  async opportunitiesJournal(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => RevisionFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: RevisionFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<RevisionConnection> {
    return readJournal(ctx.opportunities.revisions, ctx.viewer, filter, first, after);
  }

  @Mutation(() => Opportunity, { description: 'Publishes an opportunity (version 1). Needs the editor role.' })
  async createOpportunity(@Arg('input', () => CreateOpportunityInput, { description: 'The new record.' }) input: CreateOpportunityInput, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkOpportunity(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const id = randomUUID();
    const now = new Date();
    return createRecord(ctx.opportunities.versioned, ctx.viewer, {
      id, ref: `api:${id}`, ...checked, publishedAt: now, createdAt: now, updatedAt: now, archivedAt: null, version: 1,
    });
  }

  @Mutation(() => Opportunity, {
    description:
      'Changes an opportunity: omitted fields stay as they are. Needs the editor role. With `input.expectedVersion`, refused with CONFLICT ' +
      'when the opportunity changed since that version.',
  })
  async updateOpportunity(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('input', () => UpdateOpportunityInput, { description: 'The changes: omitted fields stay as they are.' }) input: UpdateOpportunityInput,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.opportunities.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion: input.expectedVersion,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async (existing) => changedValues(existing, input, ctx.viewer),
    });
  }

  @Mutation(() => Opportunity, {
    description:
      'Puts an opportunity back in the state it had at `version` (a new version, recorded as a REVERT), after the same checks as an update. ' +
      'Needs the editor role on the opportunity\'s current and restored territory.',
  })
  async revertOpportunity(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('version', () => Int, { description: 'The earlier version to restore.' }) version: number,
    @Ctx() ctx: OpportunitiesContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version the editor is looking at; CONFLICT when it is stale.' })
    expectedVersion?: number | null,
  ): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    return revertRecord(ctx.opportunities.versioned, {
      id,
      version,
      viewer: ctx.viewer,
      expectedVersion,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      restore: async (state, existing) => ({
        ...changedValues(existing, inputFromSnapshot(state), ctx.viewer),
        archivedAt: state.archivedAt ? new Date(state.archivedAt as string) : null,
      }),
    });
  }

  @Mutation(() => Opportunity, { description: 'Archives an opportunity: it leaves every list. Needs the editor role.' })
  async archiveOpportunity(@Arg('id', () => ID, { description: 'Id of the record.' }) id: string, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.opportunities.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.ARCHIVE,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async (existing) => (existing.archivedAt ? null : { archivedAt: new Date() }),
    });
  }
}

/** The columns an update writes, checked as a creation would be (and the new place covered too). */
function changedValues(existing: Opportunity, input: UpdateOpportunityInput, viewer: Viewer): Partial<Opportunity> {
  const checked = checkUpdateOpportunity(input, existing, viewer);
  // Moving a record out of one's territories is refused too.
  requireEditorFor(viewer, checked.place);
  return { ...checked, source: input.source ? checked.source : existing.source };
}

/** An update input that sets every field to its value in a stored snapshot (a revert). */
function inputFromSnapshot(state: Snapshot): UpdateOpportunityInput {
  const { territory, archivedAt: _archived, ...fields } = state;
  return { ...(fields as Partial<UpdateOpportunityInput>), territory: territory as UpdateOpportunityInput['territory'] };
}

@Resolver(() => ActorReference)
export class ActorOpportunitiesResolver {
  // Nullable on purpose: this subgraph adds the field to another's entity, and when it is down the
  // gateway can then answer the actors with this field null and an error, instead of no data at all.
  @FieldResolver(() => [Opportunity], {
    nullable: true,
    description: 'Live opportunities this actor hosts or is a partner of, closing soonest first. Defaults to OPEN ones. Null only when the opportunities service failed (with an error saying so).',
  })
  async opportunities(
    @Root() actor: ActorReference,
    @Ctx() ctx: OpportunitiesContext,
    @Arg('statuses', () => [OpportunityStatus], { nullable: true, description: 'Only these statuses; omitted, every published status. DRAFT needs the editor role.' }) statuses?: OpportunityStatus[] | null,
  ): Promise<Opportunity[]> {
    const visible = visibleStatuses(statuses?.length ? statuses : [OpportunityStatus.OPEN], ctx.viewer);
    return ctx.loaders.opportunitiesOfActor(visible).load(actor.id);
  }
}
