/** Inputs of opportunity queries and mutations. */
import { DateScalar, ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OpportunityKind, OpportunityStatus } from './opportunity.enums.js';

@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class OpportunityFilter {
  @Field(() => [OpportunityKind], { nullable: true }) kinds?: OpportunityKind[] | null;
  @Field(() => [OpportunityStatus], { nullable: true, description: 'Defaults to every published status (OPEN, CLOSED, FILLED). DRAFT needs the editor role.' })
  statuses?: OpportunityStatus[] | null;
  @Field(() => String, { nullable: true, description: 'French full-text search, insensitive to accents and case.' }) search?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => ID, { nullable: true }) hostId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Slugs of PartnershipTool.' }) toolSlugs?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only those whose deadline is on or after this day (or that have none).' })
  deadlineAfter?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only those whose deadline is on or before this day (those without a deadline are left out).' })
  deadlineBefore?: string | null;
}

@InputType({ description: 'A new opportunity.' })
export class CreateOpportunityInput {
  @Field(() => OpportunityKind) kind!: OpportunityKind;
  @Field(() => OpportunityStatus, { nullable: true, description: 'Defaults to OPEN.' }) status?: OpportunityStatus | null;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ID, { description: 'The hosting actor.' }) hostId!: string;
  @Field(() => [ID], { nullable: true }) partnerIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Slug of the toolbox tool it uses.' }) toolSlug?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => TerritoryInput) territory!: TerritoryInput;
  @Field(() => String, { nullable: true }) placeName?: string | null;
  @Field(() => DateScalar, { nullable: true }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) durationMonths?: number | null;
  @Field(() => String, { nullable: true }) remuneration?: string | null;
  @Field(() => String, { nullable: true }) contractType?: string | null;
  @Field(() => [String], { nullable: true }) missions?: string[] | null;
  @Field(() => String, { nullable: true }) profile?: string | null;
  @Field(() => String, { nullable: true }) howToApply?: string | null;
  @Field(() => String, { nullable: true }) applyUrl?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to an opportunity: omitted fields stay as they are, null clears an optional field.' })
export class UpdateOpportunityInput {
  @Field(() => OpportunityKind, { nullable: true }) kind?: OpportunityKind | null;
  @Field(() => OpportunityStatus, { nullable: true }) status?: OpportunityStatus | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) hostId?: string | null;
  @Field(() => [ID], { nullable: true }) partnerIds?: string[] | null;
  @Field(() => ID, { nullable: true }) toolSlug?: string | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => TerritoryInput, { nullable: true }) territory?: TerritoryInput | null;
  @Field(() => String, { nullable: true }) placeName?: string | null;
  @Field(() => DateScalar, { nullable: true }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true }) deadline?: string | null;
  @Field(() => Int, { nullable: true }) durationMonths?: number | null;
  @Field(() => String, { nullable: true }) remuneration?: string | null;
  @Field(() => String, { nullable: true }) contractType?: string | null;
  @Field(() => [String], { nullable: true }) missions?: string[] | null;
  @Field(() => String, { nullable: true }) profile?: string | null;
  @Field(() => String, { nullable: true }) howToApply?: string | null;
  @Field(() => String, { nullable: true }) applyUrl?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}
