/** A research need row, which is also the GraphQL `ResearchNeed` entity (issue 6, matchmaking). */
import { DateTimeScalar, Provenance, ProvenanceColumns, TerritoryColumns, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ResearchNeedHorizon, ResearchNeedStatus } from './research-need.enums.js';

/**
 * Needs live here, beside opportunities: they are their kin (a need is what a collectivité would
 * like to find, an opportunity what it offers) and turn into one in a single write. The actors and
 * contacts subgraphs extend this entity with their suggestions (`@requires` on themes, ERC panels,
 * territory and requester), so no subgraph reads another's tables.
 */
@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType({
  description:
    'A research need published by a collectivité, an association or a public service: a question, its themes, its territory and horizon, ' +
    'and the toolbox tools it considers. Labs, researchers and facilitators are suggested for it, each with the reasons why.',
})
@Entity({ name: 'research_need' })
export class ResearchNeed {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' }) @PrimaryColumn('uuid') id!: string;
  /** Natural key of seeds and imports; not part of the API. */
  @Column('text', { unique: true }) ref!: string;
  @Field({ description: 'The need in one line, e.g. "Mesurer l\'effet des zones à faibles émissions sur la santé des habitants".' }) @Column('text') title!: string;
  @Field({ description: 'The research question and its context, in a few paragraphs (French).' }) @Column('text') question!: string;
  @Field(() => [String], { description: 'Lower-case French keywords; they drive the suggestions.' }) @Column('text', { array: true }) themes!: string[];
  @Field(() => [String], { description: 'ERC panel codes the question belongs to, e.g. ["SH3"], matched against the labs\' RNSR panels.' })
  @Column('text', { array: true })
  ercPanels!: string[];
  @Column(() => TerritoryColumns, { prefix: false }) place!: TerritoryColumns;
  /** Id of the Actor (collectivité, association, public body) that has the need: exposed as `requester`. */
  @Column('uuid') requesterId!: string;
  /** Slugs of the PartnershipTools considered: exposed as `tools`. */
  @Column('text', { array: true }) toolSlugs!: string[];
  @Field(() => ResearchNeedHorizon, { description: 'When the requester hopes to start.' }) @Column('text') horizon!: ResearchNeedHorizon;
  @Field(() => ResearchNeedStatus, { description: 'Whether partners are still sought, or it became an opportunity.' }) @Column('text') status!: ResearchNeedStatus;
  /** Id of the Opportunity created from it: exposed as `opportunity`. */
  @Column('uuid', { nullable: true }) opportunityId!: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was published.' }) @Column('timestamptz') publishedAt!: Date;
  @Field(() => Int, {
    description:
      'Version of the record: 1 at creation, +1 at each change. Send it back as `expectedVersion` when updating, so that a change made meanwhile by someone else is refused (CONFLICT) instead of overwritten.',
  })
  @Column('integer', { default: 1 })
  version!: number;
  @Field(() => DateTimeScalar, { description: 'When the record was created in the directory.' }) @Column('timestamptz') createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the record last changed.' }) @Column('timestamptz') updatedAt!: Date;
  @Field(() => Provenance, { description: 'Who published the need (by default the editor), its licence and the day.' })
  @Column(() => ProvenanceColumns, { prefix: 'source' })
  source!: ProvenanceColumns;
}
