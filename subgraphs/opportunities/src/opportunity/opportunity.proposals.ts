/** Members' proposals of opportunities, their moderation, verification and staleness (the machinery is in common/proposals.ts). */
import { ProposalStore, RevisionEntityType, proposalResolvers } from '@ecosystem/common';
import type { OpportunitiesContext } from '../context.js';
import { Opportunity } from './opportunity.entity.js';
import { OpportunityStatus } from './opportunity.enums.js';
import { CreateOpportunityInput, UpdateOpportunityInput } from './opportunity.inputs.js';
import { OpportunityConnection, OpportunityResolver } from './opportunity.resolver.js';
import { checkOpportunity } from './opportunity.validation.js';

/** The normal write path: the createOpportunity / updateOpportunity mutations themselves. */
const writer = new OpportunityResolver();

export const opportunityProposals = proposalResolvers<Opportunity, OpportunitiesContext, CreateOpportunityInput, UpdateOpportunityInput>({
  name: 'Opportunity',
  plural: 'Opportunities',
  entityType: RevisionEntityType.OPPORTUNITY,
  recordType: Opportunity,
  recordConnection: OpportunityConnection,
  createInput: CreateOpportunityInput,
  updateInput: UpdateOpportunityInput,
  table: 'opportunities.opportunity',
  dataSource: (ctx) => ctx.database.dataSource,
  proposals: (ctx) => new ProposalStore(ctx.database.dataSource, 'opportunities'),
  // Drafts stay hidden from members here as in opportunity(id): no correction of, nor current values from, a draft they cannot see.
  load: async (ctx, id) => {
    const row = await ctx.loaders.opportunityById.load(id);
    return row?.status === OpportunityStatus.DRAFT && ctx.viewer.role !== 'editor' && ctx.viewer.role !== 'admin' ? null : row;
  },
  checkCreate: (input, viewer) => checkOpportunity(input, viewer).place,
  // As updateOpportunity checks it: the proposed fields over the current ones, through the creation checks.
  checkUpdate: (existing, input, viewer) => {
    const pick = <K extends keyof UpdateOpportunityInput & keyof Opportunity>(key: K) =>
      (input[key] !== undefined ? input[key] : existing[key]) as never;
    checkOpportunity(
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
      viewer,
    );
  },
  create: (input, ctx) => writer.createOpportunity(input, ctx),
  update: (id, input, ctx) => writer.updateOpportunity(id, input, ctx),
});
