/** An opportunity row, which is also the GraphQL `Opportunity` entity. */
import { DateScalar, DateTimeScalar, Provenance, ProvenanceColumns, TerritoryColumns } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OpportunityKind, OpportunityStatus } from './opportunity.enums.js';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Something to apply to or take part in: a CIFRE thesis, an internship, a chair, a job, a call, an event…' })
@Entity({ name: 'opportunity' })
export class Opportunity {
  @Field(() => ID) @PrimaryColumn('uuid') id!: string;
  /** Natural key of seeds and imports; not part of the API. */
  @Column('text', { unique: true }) ref!: string;
  @Field(() => OpportunityKind) @Column('text') kind!: OpportunityKind;
  @Field(() => OpportunityStatus) @Column('text') status!: OpportunityStatus;
  @Field() @Column('text') title!: string;
  @Field() @Column('text') description!: string;
  @Column('uuid') hostId!: string;
  @Column('uuid', { array: true }) partnerIds!: string[];
  @Column('text', { nullable: true }) toolSlug!: string | null;
  @Field(() => [String]) @Column('text', { array: true }) themes!: string[];
  @Column(() => TerritoryColumns, { prefix: false }) place!: TerritoryColumns;
  @Field(() => String, { nullable: true, description: 'Where it happens, in words (site, campus, "télétravail possible"…).' })
  @Column('text', { nullable: true })
  placeName!: string | null;
  @Field(() => DateScalar, { nullable: true }) @Column('date', { nullable: true }) startsOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day to apply.' }) @Column('date', { nullable: true }) deadline!: string | null;
  @Field(() => Int, { nullable: true }) @Column('smallint', { nullable: true }) durationMonths!: number | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) remuneration!: string | null;
  @Field(() => String, { nullable: true, description: 'CDD, CDI, convention de stage, CIFRE…' }) @Column('text', { nullable: true }) contractType!: string | null;
  @Field(() => [String], { description: 'What the person will do.' }) @Column('text', { array: true }) missions!: string[];
  @Field(() => String, { nullable: true, description: 'Who is sought.' }) @Column('text', { nullable: true }) profile!: string | null;
  @Field(() => String, { nullable: true, description: 'How to apply, in words.' }) @Column('text', { nullable: true }) howToApply!: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) applyUrl!: string | null;
  @Field(() => DateTimeScalar) @Column('timestamptz') publishedAt!: Date;
  @Field(() => DateTimeScalar) @Column('timestamptz') createdAt!: Date;
  @Field(() => DateTimeScalar) @Column('timestamptz') updatedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;
  @Field(() => Provenance) @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
}
