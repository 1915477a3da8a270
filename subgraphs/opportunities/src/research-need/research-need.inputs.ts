/** Inputs of research-need queries and mutations. */
import { DateScalar, ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OpportunityKind, OpportunityStatus } from '../opportunity/opportunity.enums.js';
import { ResearchNeedHorizon, ResearchNeedStatus } from './research-need.enums.js';

/**
 * Which needs to list. Reusable as a saved search: every criterion is a plain value, and the same
 * object filters `researchNeeds` whoever asks (needs are public, there are no drafts).
 */
@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class ResearchNeedFilter {
  @Field(() => [ResearchNeedStatus], { nullable: true, description: 'Defaults to OPEN: the needs still seeking partners.' }) statuses?: ResearchNeedStatus[] | null;
  @Field(() => String, { nullable: true, description: 'French full-text search in the title, themes and question, insensitive to accents and case.' }) search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Needs having at least one of these themes.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Needs in this région (INSEE code, e.g. "84").' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Needs in this département (INSEE code, e.g. "42").' }) departmentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Needs in this commune (INSEE code, e.g. "42218").' }) communeCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the needs of this actor.' }) requesterId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Needs considering one of these tools (slugs of PartnershipTool).' }) toolSlugs?: string[] | null;
  @Field(() => [ResearchNeedHorizon], { nullable: true, description: 'Needs with one of these horizons.' }) horizons?: ResearchNeedHorizon[] | null;
}

@InputType({ description: 'A new research need.' })
export class PublishResearchNeedInput {
  @Field({ description: 'The need in one line (at most 300 characters).' }) title!: string;
  @Field({ description: 'The research question and its context (at most 20,000 characters).' }) question!: string;
  @Field(() => [String], { description: 'Keywords, at least one; stored in lower case.' }) themes!: string[];
  @Field(() => [String], { nullable: true, description: 'ERC panel codes, e.g. ["SH3", "LS7"].' }) ercPanels?: string[] | null;
  @Field(() => TerritoryInput, { description: 'Where the question arises; at least one code. The editor must cover it.' }) territory!: TerritoryInput;
  @Field(() => ID, { description: 'The actor that has the need (a collectivité, an association, a public service).' }) requesterId!: string;
  @Field(() => [ID], { nullable: true, description: 'Slugs of the toolbox tools considered (CIFRE, internship, chair…).' }) toolSlugs?: string[] | null;
  @Field(() => ResearchNeedHorizon, { description: 'When the requester hopes to start.' }) horizon!: ResearchNeedHorizon;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the need is published; defaults to the editor.' }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to a research need: omitted fields stay as they are.' })
export class UpdateResearchNeedInput {
  @Field(() => String, { nullable: true, description: 'New title (cannot be null).' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'New question (cannot be null).' }) question?: string | null;
  @Field(() => [String], { nullable: true, description: 'New keywords, at least one.' }) themes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'New ERC panel codes.' }) ercPanels?: string[] | null;
  @Field(() => TerritoryInput, { nullable: true, description: 'New place; must stay within the editor\'s territories.' }) territory?: TerritoryInput | null;
  @Field(() => ID, { nullable: true, description: 'New requesting actor.' }) requesterId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'New list of tools considered.' }) toolSlugs?: string[] | null;
  @Field(() => ResearchNeedHorizon, { nullable: true, description: 'New horizon.' }) horizon?: ResearchNeedHorizon | null;
  @Field(() => ResearchNeedStatus, { nullable: true, description: 'OPEN or CLOSED; TURNED_INTO_OPPORTUNITY is set by turnResearchNeedIntoOpportunity only.' })
  status?: ResearchNeedStatus | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the new data comes from; defaults to the editor.' }) source?: ProvenanceInput | null;
  @Field(() => Int, { nullable: true, description: 'The `version` the editor loaded: CONFLICT when the need changed since, and nothing is written.' })
  expectedVersion?: number | null;
}

@InputType({
  description:
    'What the new opportunity needs beyond the research need: its kind, and whatever differs from the need. ' +
    'Title, description, themes, territory, host (the requester) and tool are taken from the need unless given.',
})
export class TurnResearchNeedIntoOpportunityInput {
  @Field(() => OpportunityKind, { description: 'What sort of opportunity it becomes (CIFRE, INTERNSHIP, CHAIR…).' }) kind!: OpportunityKind;
  @Field(() => ID, { nullable: true, description: 'The tool it uses; defaults to the first tool of the need.' }) toolSlug?: string | null;
  @Field(() => OpportunityStatus, { nullable: true, description: 'Defaults to OPEN; DRAFT to complete it before publishing.' }) status?: OpportunityStatus | null;
  @Field(() => String, { nullable: true, description: 'Title of the opportunity; defaults to the need\'s.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Description; defaults to the need\'s question.' }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Partner actors, e.g. the suggested lab that agreed.' }) partnerIds?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day to apply.' }) deadline?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day, when known.' }) startsOn?: string | null;
  @Field(() => Int, { nullable: true, description: 'Duration in months, 1 to 120.' }) durationMonths?: number | null;
  @Field(() => Int, { nullable: true, description: 'The need\'s `version` the editor loaded: CONFLICT when it changed since, and nothing is written.' })
  expectedVersion?: number | null;
}
