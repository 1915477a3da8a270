/** An opportunity row, which is also the GraphQL `Opportunity` entity. */
import { DateScalar, DateTimeScalar, Provenance, ProvenanceColumns, TerritoryColumns, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { OpportunityKind, OpportunityStatus } from './opportunity.enums.js';

@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType({ description: 'Something to apply to or take part in: a CIFRE thesis, an internship, a chair, a job, a call, an event…' })
@Entity({ name: 'opportunity' })
export class Opportunity {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' }) @PrimaryColumn('uuid') id!: string;
  /** Natural key of seeds and imports; not part of the API. */
  @Column('text', { unique: true }) ref!: string;
  @Field(() => OpportunityKind, { description: 'What sort of opportunity it is.' }) @Column('text') kind!: OpportunityKind;
  @Field(() => OpportunityStatus, { description: 'Whether one can still apply.' }) @Column('text') status!: OpportunityStatus;
  @Field({ description: 'Title as published.' }) @Column('text') title!: string;
  @Field({ description: 'What it is about, in a few paragraphs (French).' }) @Column('text') description!: string;
  @Column('uuid') hostId!: string;
  @Column('uuid', { array: true }) partnerIds!: string[];
  @Column('text', { nullable: true }) toolSlug!: string | null;
  @Field(() => [String], { description: 'Lower-case French keywords.' }) @Column('text', { array: true }) themes!: string[];
  @Column(() => TerritoryColumns, { prefix: false }) place!: TerritoryColumns;
  @Field(() => String, { nullable: true, description: 'Where it happens, in words (site, campus, "télétravail possible"…).' })
  @Column('text', { nullable: true })
  placeName!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day, when known.' }) @Column('date', { nullable: true }) startsOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day to apply.' }) @Column('date', { nullable: true }) deadline!: string | null;
  @Field(() => Int, { nullable: true, description: 'Duration in months, when known.' }) @Column('smallint', { nullable: true }) durationMonths!: number | null;
  @Field(() => String, { nullable: true, description: 'Pay, in words, as published.' }) @Column('text', { nullable: true }) remuneration!: string | null;
  @Field(() => String, { nullable: true, description: 'CDD, CDI, convention de stage, CIFRE…' }) @Column('text', { nullable: true }) contractType!: string | null;
  @Field(() => [String], { description: 'What the person will do.' }) @Column('text', { array: true }) missions!: string[];
  @Field(() => String, { nullable: true, description: 'Who is sought.' }) @Column('text', { nullable: true }) profile!: string | null;
  @Field(() => String, { nullable: true, description: 'How to apply, in words.' }) @Column('text', { nullable: true }) howToApply!: string | null;
  @Field(() => String, { nullable: true, description: 'Where to apply.' }) @Column('text', { nullable: true }) applyUrl!: string | null;
  @Field(() => DateTimeScalar, { description: 'When it was published (opened to the public).' }) @Column('timestamptz') publishedAt!: Date;
  @Field(() => Int, { description: 'Version of the record: 1 at creation, +1 at each change. Send it back as `expectedVersion` when updating, so that a change made meanwhile by someone else is refused (CONFLICT) instead of overwritten.' })
  @Column('integer', { default: 1 })
  version!: number;
  @Field(() => DateTimeScalar, { description: 'When the record was created in the directory.' }) @Column('timestamptz') createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the record last changed.' }) @Column('timestamptz') updatedAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the opportunity was archived: it no longer appears in lists.' }) @Column('timestamptz', { nullable: true }) archivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an editor last verified this opportunity (see verifiedBy); null when none has yet.' })
  @Column('timestamptz', { nullable: true })
  verifiedAt?: Date | null;

  /** Account id of that editor (kept for the record, not exposed). */
  @Column('text', { nullable: true })
  verifiedById?: string | null;

  /** Display name of that editor, exposed as `verifiedBy` (proposals.ts). */
  @Column('text', { nullable: true })
  verifiedByName?: string | null;
  @Field(() => Provenance, { description: 'Where the offer is published, its licence and the day it was read.' }) @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
}
