/** Queries, fields and mutations of `ResearchNeed`, `Opportunity.researchNeed`, and the need → opportunity conversion. */
import {
  Connection, ConnectionType, InputProblems, Revision, RevisionAction, Territory, badUserInput, createRecord, isUuid, pageRequest,
  requireEditorFor, requireHistoryReader, requireRole, reviseRecord, revisionView, searchText, territories, cacheHint, type Viewer,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { ActorReference } from '../actor/actor.reference.js';
import type { OpportunitiesContext } from '../context.js';
import { Opportunity } from '../opportunity/opportunity.entity.js';
import { OpportunityStatus } from '../opportunity/opportunity.enums.js';
import { checkOpportunity } from '../opportunity/opportunity.validation.js';
import { PartnershipTool } from '../tool/tool.entity.js';
import { ResearchNeed } from './research-need.entity.js';
import { ResearchNeedStatus } from './research-need.enums.js';
import { PublishResearchNeedInput, ResearchNeedFilter, TurnResearchNeedIntoOpportunityInput, UpdateResearchNeedInput } from './research-need.inputs.js';
import type { ResearchNeedCriteria } from './research-need.store.js';
import { checkResearchNeed } from './research-need.validation.js';

export const ResearchNeedConnection = ConnectionType(ResearchNeed, 'ResearchNeed');

@ObjectType({ description: 'A research need and the opportunity just created from it.' })
export class ResearchNeedConversion {
  @Field(() => ResearchNeed, { description: 'The need, now TURNED_INTO_OPPORTUNITY and linked to the opportunity.' }) researchNeed!: ResearchNeed;
  @Field(() => Opportunity, { description: 'The new opportunity (its `researchNeed` leads back to the need).' }) opportunity!: Opportunity;
}

/** The criteria of a filter, checked; shared with anyone who saves a filter (alerts) through the same input type. */
export function researchNeedCriteria(filter: ResearchNeedFilter | null | undefined): ResearchNeedCriteria {
  const problems = new InputProblems();
  const search = searchText(filter?.search, problems);
  if (filter?.requesterId) problems.check(isUuid(filter.requesterId), 'filter.requesterId', 'Must be an actor id.');
  problems.throwIfAny();
  return {
    statuses: filter?.statuses?.length ? [...new Set(filter.statuses)] : [ResearchNeedStatus.OPEN],
    search: search ?? undefined,
    themes: filter?.themes?.map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean),
    regionCode: filter?.regionCode ?? undefined,
    departmentCode: filter?.departmentCode ?? undefined,
    communeCode: filter?.communeCode ?? undefined,
    requesterId: filter?.requesterId?.toLowerCase() ?? undefined,
    toolSlugs: filter?.toolSlugs ?? undefined,
    horizons: filter?.horizons ?? undefined,
  };
}

/**
 * Who publishes: editors (and admins), for the need's territory. A need speaks for a collectivité
 * and commits it publicly, so it goes through the people accountable for that territory's records,
 * like opportunities; a member who has a need asks their territory's editor (or proposes it through
 * the contributions flow when there is one), rather than publishing unchecked.
 */
function requirePublisher(viewer: Viewer, place: ResearchNeed['place']): void {
  requireRole(viewer, 'editor');
  requireEditorFor(viewer, place);
}

@Resolver(() => ResearchNeed)
export class ResearchNeedResolver {
  @Query(() => ResearchNeed, { nullable: true, description: 'One research need by id, whatever its status; null when there is none.' })
  async researchNeed(@Arg('id', () => ID, { description: 'Id of the record.' }) id: string, @Ctx() ctx: OpportunitiesContext): Promise<ResearchNeed | null> {
    return ctx.loaders.researchNeedById.load(id);
  }

  @Directive(cacheHint.records)
  @Query(() => ResearchNeedConnection, { description: 'Research needs matching the filter (by default the OPEN ones): newest first, best matches first when searching.' })
  async researchNeeds(
    @Ctx() ctx: OpportunitiesContext,
    @Arg('filter', () => ResearchNeedFilter, { nullable: true, description: 'Which records; omitted, the open ones.' }) filter?: ResearchNeedFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<Connection<ResearchNeed>> {
    const criteria = researchNeedCriteria(filter);
    const page = pageRequest(first, after);
    const rows = await ctx.needs.page(criteria, page);
    for (const row of rows) ctx.loaders.researchNeedById.prime(row.id, row);
    return new Connection(rows, page, () => ctx.needs.count(criteria));
  }

  @FieldResolver(() => ActorReference, { description: 'The actor that has the need (a collectivité, an association, a public service).' })
  requester(@Root() need: ResearchNeed): ActorReference {
    return { id: need.requesterId };
  }

  @FieldResolver(() => Territory, { description: 'Where the question arises: région, département, EPCI and commune, as far as known.' })
  territory(@Root() need: ResearchNeed): Territory {
    return territories().resolve(need.place);
  }

  @FieldResolver(() => [PartnershipTool], { description: 'The toolbox tools the requester considers, in the order given.' })
  async tools(@Root() need: ResearchNeed, @Ctx() ctx: OpportunitiesContext): Promise<PartnershipTool[]> {
    const tools = await ctx.loaders.toolBySlug.loadMany(need.toolSlugs);
    return tools.filter((tool): tool is PartnershipTool => !!tool && !(tool instanceof Error));
  }

  @FieldResolver(() => Opportunity, { nullable: true, description: 'The opportunity created from this need, once TURNED_INTO_OPPORTUNITY.' })
  async opportunity(@Root() need: ResearchNeed, @Ctx() ctx: OpportunitiesContext): Promise<Opportunity | null> {
    return need.opportunityId ? ctx.loaders.opportunityById.load(need.opportunityId) : null;
  }

  @FieldResolver(() => [Revision], {
    nullable: true,
    description: 'Every recorded change of this need, newest first. For editors and admins: others get null with a FORBIDDEN (UNAUTHENTICATED when anonymous) error.',
  })
  async history(@Root() need: ResearchNeed, @Ctx() ctx: OpportunitiesContext): Promise<Revision[]> {
    requireHistoryReader(ctx.viewer);
    return (await ctx.loaders.researchNeedHistoryOf.load(need.id)).map(revisionView);
  }

  @Mutation(() => ResearchNeed, {
    description: 'Publishes a research need (OPEN, version 1). Needs the editor role on the need\'s territory: see the README (matchmaking) for why members do not publish.',
  })
  async publishResearchNeed(
    @Arg('input', () => PublishResearchNeedInput, { description: 'The new need.' }) input: PublishResearchNeedInput,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<ResearchNeed> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkResearchNeed({ ...input, territory: input.territory }, ctx.viewer);
    requirePublisher(ctx.viewer, checked.place);
    const id = randomUUID();
    const now = new Date();
    return createRecord(ctx.needs.versioned, ctx.viewer, {
      id, ref: `api:${id}`, ...checked, place: { ...checked.place }, status: ResearchNeedStatus.OPEN, opportunityId: null,
      publishedAt: now, createdAt: now, updatedAt: now, version: 1,
    });
  }

  @Mutation(() => ResearchNeed, {
    description:
      'Changes a research need (omitted fields stay as they are), or closes it (status CLOSED). Needs the editor role on its territory. ' +
      'With `input.expectedVersion`, refused with CONFLICT when it changed since.',
  })
  async updateResearchNeed(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('input', () => UpdateResearchNeedInput, { description: 'The changes: omitted fields stay as they are.' }) input: UpdateResearchNeedInput,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<ResearchNeed> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.needs.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion: input.expectedVersion,
      authorize: (existing) => requirePublisher(ctx.viewer, existing.place),
      change: async (existing) => {
        const problems = new InputProblems();
        if (input.status) {
          problems.check(input.status !== ResearchNeedStatus.TURNED_INTO_OPPORTUNITY, 'input.status', 'Use turnResearchNeedIntoOpportunity: it creates the opportunity and links both.');
          problems.check(existing.status !== ResearchNeedStatus.TURNED_INTO_OPPORTUNITY, 'input.status', 'This need already became an opportunity: change the opportunity instead.');
        }
        problems.throwIfAny();
        const keep = <K extends keyof UpdateResearchNeedInput>(key: K) => input[key] !== undefined && input[key] !== null;
        const checked = checkResearchNeed(
          {
            title: keep('title') ? input.title : existing.title,
            question: keep('question') ? input.question : existing.question,
            themes: keep('themes') ? input.themes : existing.themes,
            ercPanels: input.ercPanels !== undefined ? input.ercPanels : existing.ercPanels,
            territory: input.territory ?? existing.place,
            requesterId: input.requesterId ?? existing.requesterId,
            toolSlugs: input.toolSlugs !== undefined ? input.toolSlugs : existing.toolSlugs,
            horizon: input.horizon ?? existing.horizon,
            source: input.source,
          },
          ctx.viewer,
        );
        // Moving a need out of one's territories is refused too.
        requireEditorFor(ctx.viewer, checked.place);
        return { ...checked, source: input.source ? checked.source : existing.source, status: input.status ?? existing.status };
      },
    });
  }

  @Mutation(() => ResearchNeedConversion, {
    description:
      'Turns an OPEN research need into an opportunity in one step: creates the opportunity (hosted by the requester, with the need\'s title, ' +
      'question, themes, territory and first tool unless given), marks the need TURNED_INTO_OPPORTUNITY and links both, in one transaction ' +
      '(both recorded in the journal). Needs the editor role on the need\'s territory.',
  })
  async turnResearchNeedIntoOpportunity(
    @Arg('id', () => ID, { description: 'Id of the research need.' }) id: string,
    @Arg('input', () => TurnResearchNeedIntoOpportunityInput, { description: 'The opportunity\'s kind, and what differs from the need.' }) input: TurnResearchNeedIntoOpportunityInput,
    @Ctx() ctx: OpportunitiesContext,
  ): Promise<ResearchNeedConversion> {
    requireRole(ctx.viewer, 'editor');
    const created: { opportunity?: Opportunity } = {};
    const need = await reviseRecord(ctx.needs.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion: input.expectedVersion,
      authorize: (existing) => requirePublisher(ctx.viewer, existing.place),
      change: async (existing, manager) => {
        if (existing.status !== ResearchNeedStatus.OPEN) {
          throw badUserInput([{
            field: 'id',
            message: existing.status === ResearchNeedStatus.CLOSED
              ? 'This need is closed: reopen it (status OPEN) before turning it into an opportunity.'
              : 'This need already became an opportunity (see its `opportunity`).',
          }]);
        }
        const checked = checkOpportunity(
          {
            kind: input.kind,
            status: input.status ?? OpportunityStatus.OPEN,
            title: input.title ?? existing.title,
            description: input.description ?? existing.question,
            hostId: existing.requesterId,
            partnerIds: input.partnerIds,
            toolSlug: input.toolSlug !== undefined ? input.toolSlug : existing.toolSlugs[0] ?? null,
            themes: existing.themes,
            territory: existing.place,
            startsOn: input.startsOn,
            deadline: input.deadline,
            durationMonths: input.durationMonths,
            source: null,
          },
          ctx.viewer,
        );
        const newId = randomUUID();
        const now = new Date();
        // The same write path as createOpportunity, inside this transaction (a savepoint): if the
        // need cannot be updated, the opportunity is not created either.
        created.opportunity = await createRecord({ ...ctx.opportunities.versioned, dataSource: manager as unknown as DataSource }, ctx.viewer, {
          id: newId, ref: `api:${newId}`, ...checked, publishedAt: now, createdAt: now, updatedAt: now, archivedAt: null, version: 1,
        });
        return { status: ResearchNeedStatus.TURNED_INTO_OPPORTUNITY, opportunityId: newId };
      },
    });
    if (!created.opportunity) throw new Error('The opportunity was not created.');
    return { researchNeed: need, opportunity: created.opportunity };
  }
}

@Resolver(() => Opportunity)
export class OpportunityResearchNeedResolver {
  @FieldResolver(() => ResearchNeed, { nullable: true, description: 'The research need this opportunity was made from, if any.' })
  async researchNeed(@Root() opportunity: Opportunity, @Ctx() ctx: OpportunitiesContext): Promise<ResearchNeed | null> {
    return ctx.loaders.researchNeedOfOpportunity.load(opportunity.id);
  }
}
