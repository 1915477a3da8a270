/** A partnership row (an undirected edge between two actors) and the GraphQL views of it. */
import { DateScalar, Provenance, ProvenanceColumns, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'partnership' })
export class PartnershipRow {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') actorId!: string;
  @Column('uuid') partnerId!: string;
  @Column('text') toolSlug!: string;
  @Column('smallint') intensity!: number;
  @Column('date', { nullable: true }) startedOn!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
}

/** A tool of the partnership toolbox; the opportunities subgraph owns and resolves it. */
@Directive(cacheHint.toolbox)
@Directive('@key(fields: "slug", resolvable: false)')
@ObjectType('PartnershipTool', { description: 'A tool of the partnership toolbox (INET/CNFPT), summarised in our own words with its source.' })
export class PartnershipToolReference {
  @Field(() => ID, { description: 'Stable identifier of the tool, e.g. "cifre-recherche-action".' }) slug!: string;
}

@ObjectType({ description: 'A partnership seen from one of its two actors.' })
export class Partnership {
  @Field(() => ID, { description: 'Id of the partnership (the same from both sides).' }) id!: string;

  /** The other actor: resolved by the Partnership resolver. */
  partnerId!: string;
  toolSlug!: string;

  @Field(() => Int, { description: 'Intensity on the toolbox scale, 1 (mutual knowledge) to 5 (capitalisation).' })
  intensity!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day the partnership started, when known.' }) startedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'What the partnership is about, in words.' }) note!: string | null;
  @Field(() => Provenance, { description: 'Where the partnership is recorded, its licence and the day it was read.' }) source!: ProvenanceColumns;
}

/** The partnership as seen from `actorId`. */
export function partnershipSeenFrom(row: PartnershipRow, actorId: string): Partnership {
  return {
    id: row.id,
    partnerId: row.actorId === actorId ? row.partnerId : row.actorId,
    toolSlug: row.toolSlug,
    intensity: row.intensity,
    startedOn: row.startedOn,
    note: row.note,
    source: row.source,
  };
}
