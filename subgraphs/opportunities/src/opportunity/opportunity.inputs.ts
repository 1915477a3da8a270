/** Inputs of opportunity queries and mutations. */
import { DateScalar, ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OpportunityKind, OpportunityStatus } from './opportunity.enums.js';

@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class OpportunityFilter {
  @Field(() => [OpportunityKind], { nullable: true, description: 'Opportunities of one of these kinds.' }) kinds?: OpportunityKind[] | null;
  @Field(() => [OpportunityStatus], { nullable: true, description: 'Defaults to every published status (OPEN, CLOSED, FILLED). DRAFT needs the editor role.' })
  statuses?: OpportunityStatus[] | null;
  @Field(() => String, { nullable: true, description: 'French full-text search, insensitive to accents and case.' }) search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Opportunities having at least one of these themes.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Opportunities in this région (INSEE code, e.g. "84").' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Opportunities in this département (INSEE code, e.g. "42").' }) departmentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Opportunities in this commune (INSEE code, e.g. "42218").' }) communeCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the opportunities hosted by this actor.' }) hostId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Slugs of PartnershipTool.' }) toolSlugs?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only those whose deadline is on or after this day (or that have none).' })
  deadlineAfter?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Only those whose deadline is on or before this day (those without a deadline are left out).' })
  deadlineBefore?: string | null;
}

@InputType({ description: 'A new opportunity.' })
export class CreateOpportunityInput {
  @Field(() => OpportunityKind, { description: 'What sort of opportunity it is.' }) kind!: OpportunityKind;
  @Field(() => OpportunityStatus, { nullable: true, description: 'Defaults to OPEN.' }) status?: OpportunityStatus | null;
  @Field({ description: 'Title as published.' }) title!: string;
  @Field({ description: 'What it is about, in a few paragraphs.' }) description!: string;
  @Field(() => ID, { description: 'The hosting actor.' }) hostId!: string;
  @Field(() => [ID], { nullable: true, description: 'Ids of the partner actors.' }) partnerIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Slug of the toolbox tool it uses.' }) toolSlug?: string | null;
  @Field(() => [String], { nullable: true, description: 'Keywords; stored in lower case.' }) themes?: string[] | null;
  @Field(() => TerritoryInput, { description: 'Where it happens; at least one code.' }) territory!: TerritoryInput;
  @Field(() => String, { nullable: true, description: 'Where it happens, in words (site, campus…).' }) placeName?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day, when known.' }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day to apply.' }) deadline?: string | null;
  @Field(() => Int, { nullable: true, description: 'Duration in months, 1 to 120.' }) durationMonths?: number | null;
  @Field(() => String, { nullable: true, description: 'Pay, in words (e.g. "gratification légale").' }) remuneration?: string | null;
  @Field(() => String, { nullable: true, description: 'CDD, CDI, convention de stage, CIFRE…' }) contractType?: string | null;
  @Field(() => [String], { nullable: true, description: 'What the person will do, one item per mission.' }) missions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Who is sought.' }) profile?: string | null;
  @Field(() => String, { nullable: true, description: 'How to apply, in words.' }) howToApply?: string | null;
  @Field(() => String, { nullable: true, description: 'Where to apply (http or https).' }) applyUrl?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the offer is published; defaults to the editor.' }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to an opportunity: omitted fields stay as they are, null clears an optional field.' })
export class UpdateOpportunityInput {
  @Field(() => OpportunityKind, { nullable: true, description: 'New kind.' }) kind?: OpportunityKind | null;
  @Field(() => OpportunityStatus, { nullable: true, description: 'New status, e.g. CLOSED or FILLED when the offer ends.' }) status?: OpportunityStatus | null;
  @Field(() => String, { nullable: true, description: 'New title (cannot be null).' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'New description (cannot be null).' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'Id of the new hosting actor.' }) hostId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'New value: ids of the partner actors.' }) partnerIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Slug of the new toolbox tool; null clears it.' }) toolSlug?: string | null;
  @Field(() => [String], { nullable: true, description: 'New value: keywords; stored in lower case.' }) themes?: string[] | null;
  @Field(() => TerritoryInput, { nullable: true, description: 'New value: where it happens; at least one code.' }) territory?: TerritoryInput | null;
  @Field(() => String, { nullable: true, description: 'New value: where it happens, in words (site, campus…).' }) placeName?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New value: first day, when known.' }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'New value: last day to apply.' }) deadline?: string | null;
  @Field(() => Int, { nullable: true, description: 'New value: duration in months, 1 to 120.' }) durationMonths?: number | null;
  @Field(() => String, { nullable: true, description: 'New value: pay, in words (e.g. "gratification légale").' }) remuneration?: string | null;
  @Field(() => String, { nullable: true, description: 'New value: cDD, CDI, convention de stage, CIFRE…' }) contractType?: string | null;
  @Field(() => [String], { nullable: true, description: 'New value: what the person will do, one item per mission.' }) missions?: string[] | null;
  @Field(() => String, { nullable: true, description: 'New value: who is sought.' }) profile?: string | null;
  @Field(() => String, { nullable: true, description: 'New value: how to apply, in words.' }) howToApply?: string | null;
  @Field(() => String, { nullable: true, description: 'New value: where to apply (http or https).' }) applyUrl?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'New value: where the offer is published; defaults to the editor.' }) source?: ProvenanceInput | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the editor loaded. When the opportunity has changed since, the update is refused with CONFLICT (extensions: currentVersion, changedFields) and nothing is written.',
  })
  expectedVersion?: number | null;
}
