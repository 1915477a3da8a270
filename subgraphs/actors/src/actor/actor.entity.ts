/** An actor row, which is also the GraphQL `Actor` entity owned by this subgraph. */
import { GeoPoint, LocationPrecision, Provenance, ProvenanceColumns, Territory, TerritoryColumns, DateTimeScalar, cacheHint } from '@ecosystem/common';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ActorKind, CollectivityLevel } from './actor.enums.js';

@ObjectType({ description: 'Official identifiers of an actor. Each is null when it has none or it is unknown.' })
export class ActorIdentifiers {
  @Field(() => String, { nullable: true, description: 'INSEE code (commune, département or région code).' })
  @Column('text', { nullable: true })
  insee!: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN, 9 digits.' })
  @Column('text', { nullable: true })
  siren!: string | null;

  @Field(() => String, { nullable: true, description: 'RNSR number of a research structure, e.g. "200212720X".' })
  @Column('text', { nullable: true })
  rnsr!: string | null;

  @Field(() => String, { nullable: true, description: 'UAI of a higher-education establishment, e.g. "0751717J".' })
  @Column('text', { nullable: true })
  uai!: string | null;

  @Field(() => String, { nullable: true, description: 'ROR identifier, e.g. "02feahw73".' })
  @Column('text', { nullable: true })
  ror!: string | null;
}

@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation of the research–territory ecosystem: lab, university, collectivité, association…' })
@Entity({ name: 'actor' })
export class Actor {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  @PrimaryColumn('uuid')
  id!: string;

  /** Natural key used by seeds and imports (e.g. `commune:42218`); not part of the API. */
  @Column('text', { unique: true })
  ref!: string;

  @Field(() => ActorKind, { description: 'What sort of organisation it is.' })
  @Column('text')
  kind!: ActorKind;

  @Field({ description: 'Official name, e.g. "Saint-Étienne" or "Mines Saint-Étienne".' })
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true, description: 'Usual acronym, e.g. "UJM".' })
  @Column('text', { nullable: true })
  acronym!: string | null;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in a few sentences (French).' })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => CollectivityLevel, { nullable: true, description: 'Set when kind is COLLECTIVITY.' })
  @Column('text', { nullable: true })
  collectivityLevel!: CollectivityLevel | null;

  @Field(() => [String], { description: 'Lower-case French keywords.' })
  @Column('text', { array: true })
  themes!: string[];

  @Field(() => String, { nullable: true, description: 'Official website (http or https).' })
  @Column('text', { nullable: true })
  website!: string | null;

  @Field(() => ActorIdentifiers, { description: 'Official identifiers: INSEE, SIREN, RNSR, UAI, ROR.' })
  @Column(() => ActorIdentifiers, { prefix: false })
  identifiers!: ActorIdentifiers;

  @Column(() => TerritoryColumns, { prefix: false })
  place!: TerritoryColumns;

  @Column('double precision', { nullable: true })
  latitude!: number | null;

  @Column('double precision', { nullable: true })
  longitude!: number | null;

  @Column('text', { nullable: true })
  locationPrecision!: LocationPrecision | null;

  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @Field(() => Provenance, { description: 'Where the record comes from, its licence and the day it was read.' })
  @Column(() => ProvenanceColumns, { prefix: 'source' })
  source!: ProvenanceColumns;

  @Field(() => Int, { description: 'Version of the record: 1 at creation, +1 at each change. Send it back as `expectedVersion` when updating, so that a change made meanwhile by someone else is refused (CONFLICT) instead of overwritten.' })
  @Column('integer', { default: 1 })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the record was created in the directory.' })
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the record last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;

  /** The actor this one was merged into (it is then archived); see actor.merge.ts. */
  @Column('uuid', { nullable: true, name: 'merged_into' })
  mergedIntoId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the actor was archived: it no longer appears in lists.' })
  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When an editor last verified this actor (see verifiedBy); null when none has yet.' })
  @Column('timestamptz', { nullable: true })
  verifiedAt?: Date | null;

  /** Account id of that editor (kept for the record, not exposed). */
  @Column('text', { nullable: true })
  verifiedById?: string | null;

  /** Display name of that editor, exposed as `verifiedBy` (proposals.ts). */
  @Column('text', { nullable: true })
  verifiedByName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the actor (a lab, mostly) says it is open to partnerships with collectivités and public services: true boosts it in the ' +
      'suggestions for research needs, false leaves it out of them, null when it has not said. Set by editors of its territory (setPartnershipOpenness).',
  })
  @Column('boolean', { nullable: true })
  openToPartnerships!: boolean | null;
}

export function locationOf(actor: Actor): GeoPoint | null {
  if (actor.latitude === null || actor.longitude === null) return null;
  return { latitude: actor.latitude, longitude: actor.longitude, precision: actor.locationPrecision ?? LocationPrecision.EXACT };
}

export type { Territory };

@ObjectType({ description: 'Where an actor is drawn on a map: a narrow row, to fetch thousands at once.' })
export class ActorLocation {
  @Field(() => ID, { description: 'Id of the Actor.' }) id!: string;
  @Field(() => ActorKind, { description: 'What sort of organisation it is (for the marker colour).' }) kind!: ActorKind;
  @Field(() => CollectivityLevel, { nullable: true, description: 'Level of a collectivité; null for other kinds.' }) collectivityLevel!: CollectivityLevel | null;
  @Field({ description: 'Official name.' }) name!: string;
  @Field(() => Float, { description: 'Latitude in decimal degrees (WGS 84).' }) latitude!: number;
  @Field(() => Float, { description: 'Longitude in decimal degrees (WGS 84).' }) longitude!: number;
}
