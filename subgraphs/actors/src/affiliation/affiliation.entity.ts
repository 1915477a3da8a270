/** An affiliation: a research structure and one of its supervising or host bodies (RNSR tutelles, federations). */
import { Provenance, ProvenanceColumns } from '@ecosystem/common';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Actor } from '../actor/actor.entity.js';

export enum AffiliationRole {
  SUPERVISOR = 'SUPERVISOR',
  PARTICIPANT = 'PARTICIPANT',
  MEMBER = 'MEMBER',
}

registerEnumType(AffiliationRole, {
  name: 'AffiliationRole',
  description: 'How a research structure relates to an organisation above it.',
  valuesConfig: {
    SUPERVISOR: { description: 'Supervising body (« établissement tutelle » in the RNSR).' },
    PARTICIPANT: { description: 'Participating establishment (« établissement participant » in the RNSR).' },
    MEMBER: { description: 'The structure belongs to this federation or unit (RNSR parent structure other than `parent`).' },
  },
});

@Entity({ name: 'affiliation' })
export class AffiliationRow {
  @PrimaryColumn('uuid') actorId!: string;
  @PrimaryColumn('uuid') organisationId!: string;
  @Column('text') role!: AffiliationRole;
  @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
  @Column('timestamptz') createdAt!: Date;
}

@ObjectType({ description: 'An organisation a research structure is affiliated with, beside its `parent`.' })
export class Affiliation {
  /** Resolved through the request's loader. */
  organisationId!: string;
  @Field(() => Actor, { description: 'The supervising body, participating establishment or federation.' }) organisation!: Actor;
  @Field(() => AffiliationRole, { description: 'What the organisation is to the structure.' }) role!: AffiliationRole;
  @Field(() => Provenance, { description: 'Where the affiliation comes from.' }) source!: ProvenanceColumns;
}
