/** An actor row, which is also the GraphQL `Actor` entity owned by this subgraph. */
import { GeoPoint, LocationPrecision, Provenance, ProvenanceColumns, Territory, TerritoryColumns, DateTimeScalar } from '@ecosystem/common';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
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

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An organisation of the research–territory ecosystem: lab, university, collectivité, association…' })
@Entity({ name: 'actor' })
export class Actor {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id!: string;

  /** Natural key used by seeds and imports (e.g. `commune:42218`); not part of the API. */
  @Column('text', { unique: true })
  ref!: string;

  @Field(() => ActorKind)
  @Column('text')
  kind!: ActorKind;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  acronym!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description!: string | null;

  @Field(() => CollectivityLevel, { nullable: true, description: 'Set when kind is COLLECTIVITY.' })
  @Column('text', { nullable: true })
  collectivityLevel!: CollectivityLevel | null;

  @Field(() => [String], { description: 'Lower-case French keywords.' })
  @Column('text', { array: true })
  themes!: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website!: string | null;

  @Field(() => ActorIdentifiers)
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

  @Field(() => Provenance)
  @Column(() => ProvenanceColumns, { prefix: 'source' })
  source!: ProvenanceColumns;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the actor was archived: it no longer appears in lists.' })
  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;
}

export function locationOf(actor: Actor): GeoPoint | null {
  if (actor.latitude === null || actor.longitude === null) return null;
  return { latitude: actor.latitude, longitude: actor.longitude, precision: actor.locationPrecision ?? LocationPrecision.EXACT };
}

export type { Territory };

@ObjectType({ description: 'Where an actor is drawn on a map: a narrow row, to fetch thousands at once.' })
export class ActorLocation {
  @Field(() => ID) id!: string;
  @Field(() => ActorKind) kind!: ActorKind;
  @Field(() => CollectivityLevel, { nullable: true }) collectivityLevel!: CollectivityLevel | null;
  @Field() name!: string;
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}
