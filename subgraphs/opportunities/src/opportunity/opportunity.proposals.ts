/** Members' proposals of opportunities, their moderation, verification and staleness (the machinery is in common/proposals.ts). */
import { ProposalStore, RevisionEntityType, proposalResolvers } from '@ecosystem/common';
import type { OpportunitiesContext } from '../context.js';
import { Opportunity } from './opportunity.entity.js';
import { CreateOpportunityInput, UpdateOpportunityInput } from './opportunity.inputs.js';
import { OpportunityConnection, OpportunityResolver } from './opportunity.resolver.js';
import { checkOpportunity, checkUpdateOpportunity } from './opportunity.validation.js';

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
  // As opportunity(id): drafts stay hidden from members, so no correction of, nor current values from, a draft they cannot see.
  load: (ctx, id) => writer.opportunity(id, ctx),
  checkCreate: (input, viewer) => checkOpportunity(input, viewer).place,
  // As updateOpportunity checks it.
  checkUpdate: (existing, input, viewer) => void checkUpdateOpportunity(input, existing, viewer),
  create: (input, ctx) => writer.createOpportunity(input, ctx),
  update: (id, input, ctx) => writer.updateOpportunity(id, input, ctx),
});
