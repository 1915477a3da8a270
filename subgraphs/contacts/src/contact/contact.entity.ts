/** A contact row, which is also the GraphQL `Contact` entity owned by this subgraph. */
import { DateScalar, DateTimeScalar, Provenance, ProvenanceColumns, TerritoryColumns, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '@ecosystem/common';
import { ContactRole } from './contact.enums.js';

@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType('Contact', { description: 'A person of the ecosystem, named in a professional capacity by a source.' })
@Entity({ name: 'contact' })
export class Contact {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  @PrimaryColumn('uuid')
  id!: string;

  /** Natural key used by seeds and imports (e.g. `contact:marie-jaisson`); not part of the API. */
  @Column('text', { unique: true })
  ref!: string;

  @Field({ description: 'Name as the person is publicly known, e.g. "Marie Jaisson".' })
  @Column('text')
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Job title as published, e.g. "Chargée de mission recherche".' })
  @Column('text', { nullable: true })
  jobTitle!: string | null;

  @Field(() => [ContactRole], { description: 'What the person does in the ecosystem; at least one.' })
  @Column('text', { array: true })
  roles!: ContactRole[];

  /** Id of an Actor of the actors subgraph: exposed as `organization`, not checked (another schema). */
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  /** ActorKind of the organisation when the contact was written, so that lists filter on it without reading actors. */
  @Column('text', { nullable: true })
  organizationKind!: ActorKind | null;

  @Field(() => [String], { description: 'Lower-case French keywords.' })
  @Column('text', { array: true })
  themes!: string[];

  @Column(() => TerritoryColumns, { prefix: false })
  place!: TerritoryColumns;

  /** Personal data: exposed by a field resolver, to signed-in viewers only. Never add @Field here. */
  @Column('text', { nullable: true })
  email!: string | null;

  /** Personal data: exposed by a field resolver, to signed-in viewers only. Never add @Field here. */
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day these details were last checked against the source.' })
  @Column('date', { nullable: true })
  lastVerifiedOn!: string | null;

  @Field(() => Provenance, { description: 'Where these details were published, their licence and the day they were read.' })
  @Column(() => ProvenanceColumns, { prefix: 'source' })
  source!: ProvenanceColumns;

  @Field(() => Int, { description: 'Version of the record: 1 at creation, +1 at each change. Send it back as `expectedVersion` when updating, so that a change made meanwhile by someone else is refused (CONFLICT) instead of overwritten.' })
  @Column('integer', { default: 1 })
  version!: number;

  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;

  /** The contact this one was merged into (it is then archived); see contact.merge.ts. Optional: creations leave it out. */
  @Column('uuid', { nullable: true, name: 'merged_into' })
  mergedIntoId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the contact was archived: it no longer appears in lists.' })
  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an editor last verified this contact (see verifiedBy); null when none has yet.' })
  @Column('timestamptz', { nullable: true })
  verifiedAt?: Date | null;

  /** Account id of that editor (kept for the record, not exposed). */
  @Column('text', { nullable: true })
  verifiedById?: string | null;

  /** Display name of that editor, exposed as `verifiedBy` (proposals.ts). */
  @Column('text', { nullable: true })
  verifiedByName?: string | null;
}
