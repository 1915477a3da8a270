/** A contact row, which is also the GraphQL `Contact` entity owned by this subgraph. */
import { DateScalar, DateTimeScalar, Provenance, ProvenanceColumns, TerritoryColumns } from '@ecosystem/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActorKind } from '@ecosystem/common';
import { ContactRole } from './contact.enums.js';

@Directive('@key(fields: "id")')
@ObjectType('Contact', { description: 'A person of the ecosystem, named in a professional capacity by a source.' })
@Entity({ name: 'contact' })
export class Contact {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Natural key used by seeds and imports (e.g. `contact:marie-jaisson`); not part of the API. */
  @Column('text', { unique: true })
  ref!: string;

  @Field({ description: 'Name as the person is publicly known, e.g. "Marie Jaisson".' })
  @Column('text')
  displayName!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  jobTitle!: string | null;

  @Field(() => [ContactRole])
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

  @Field(() => Provenance)
  @Column(() => ProvenanceColumns, { prefix: 'source' })
  source!: ProvenanceColumns;

  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the contact was archived: it no longer appears in lists.' })
  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;
}
