/** Queries, fields and mutations of `Opportunity`, and `Actor.opportunities`. */
import {
  Connection, ConnectionType, InputProblems, Territory, TerritoryCount, isUuid, notFound, pageRequest, requireEditorFor, requireRole, searchText, territories,
  type Viewer,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ActorReference } from '../actor/actor.reference.js';
import type { OpportunitiesContext } from '../context.js';
import { PartnershipTool } from '../tool/tool.entity.js';
import { Opportunity } from './opportunity.entity.js';
import { OpportunityStatus } from './opportunity.enums.js';
import { CreateOpportunityInput, OpportunityFilter, UpdateOpportunityInput } from './opportunity.inputs.js';
import type { OpportunityCriteria } from './opportunity.store.js';
import { checkOpportunity } from './opportunity.validation.js';

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
  async opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity | null> {
    const found = await ctx.loaders.opportunityById.load(id);
    if (found?.status === OpportunityStatus.DRAFT && !['editor', 'admin'].includes(ctx.viewer.role)) return null;
    return found;
  }

  @Query(() => OpportunityConnection, { description: 'Live opportunities: closing soonest first (best matches first when searching).' })
  async opportunities(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter?: OpportunityFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Opportunity>> {
    const criteria = criteriaFrom(filter, ctx.viewer);
    const page = pageRequest(first, after);
    const rows = await ctx.opportunities.page(criteria, page);
    return new Connection(rows, page, () => ctx.opportunities.count(criteria));
  }

  @Query(() => [TerritoryCount], { description: 'Live opportunities matching the filter, counted per département (for choropleths).' })
  async opportunityCountsByDepartment(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => OpportunityFilter, { nullable: true }) filter?: OpportunityFilter | null,
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

  @FieldResolver(() => Territory)
  territory(@Root() opportunity: Opportunity): Territory {
    return territories().resolve(opportunity.place);
  }

  @Mutation(() => Opportunity, { description: 'Publishes an opportunity. Needs the editor role.' })
  async createOpportunity(@Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkOpportunity(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const id = randomUUID();
    const now = new Date();
    await ctx.opportunities.repository.insert({ id, ref: `api:${id}`, ...checked, publishedAt: now, createdAt: now, updatedAt: now, archivedAt: null });
    return ctx.opportunities.repository.findOneByOrFail({ id });
  }

  @Mutation(() => Opportunity, { description: 'Changes an opportunity: omitted fields stay as they are. Needs the editor role.' })
  async updateOpportunity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOpportunityInput) input: UpdateOpportunityInput,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    const pick = <K extends keyof UpdateOpportunityInput & keyof Opportunity>(key: K) =>
      (input[key] !== undefined ? input[key] : existing[key]) as never;
    const checked = checkOpportunity(
      {
        kind: input.kind ?? existing.kind,
        status: input.status ?? existing.status,
        title: pick('title'), description: pick('description'), hostId: input.hostId ?? existing.hostId,
        partnerIds: pick('partnerIds'), toolSlug: pick('toolSlug'), themes: pick('themes'),
        territory: input.territory ?? existing.place, placeName: pick('placeName'), startsOn: pick('startsOn'), deadline: pick('deadline'),
        durationMonths: pick('durationMonths'), remuneration: pick('remuneration'), contractType: pick('contractType'),
        missions: pick('missions'), profile: pick('profile'), howToApply: pick('howToApply'), applyUrl: pick('applyUrl'),
        source: input.source,
      },
      ctx.viewer,
    );
    // Moving a record out of one's territories is refused too.
    requireEditorFor(ctx.viewer, checked.place);
    await ctx.opportunities.repository.update({ id }, { ...checked, source: input.source ? checked.source : existing.source, updatedAt: new Date() });
    return ctx.opportunities.repository.findOneByOrFail({ id });
  }

  @Mutation(() => Opportunity, { description: 'Archives an opportunity: it leaves every list. Needs the editor role.' })
  async archiveOpportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    if (!existing.archivedAt) await ctx.opportunities.repository.update({ id }, { archivedAt: new Date(), updatedAt: new Date() });
    return ctx.opportunities.repository.findOneByOrFail({ id });
  }

  private async existing(id: string, ctx: OpportunitiesContext): Promise<Opportunity> {
    const found = isUuid(id) ? await ctx.opportunities.repository.findOneBy({ id }) : null;
    if (!found) throw notFound('Opportunity', id);
    return found;
  }
}

@Resolver(() => ActorReference)
export class ActorOpportunitiesResolver {
  @FieldResolver(() => [Opportunity], { description: 'Live opportunities this actor hosts or is a partner of, closing soonest first. Defaults to OPEN ones.' })
  async opportunities(
    @Root() actor: ActorReference,
    @Ctx() ctx: OpportunitiesContext,
    @Arg('statuses', () => [OpportunityStatus], { nullable: true }) statuses?: OpportunityStatus[] | null,
  ): Promise<Opportunity[]> {
    const visible = visibleStatuses(statuses?.length ? statuses : [OpportunityStatus.OPEN], ctx.viewer);
    return ctx.loaders.opportunitiesOfActor(visible).load(actor.id);
  }
}
