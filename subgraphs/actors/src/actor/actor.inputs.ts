/** Inputs of the actor queries and mutations. */
import { ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ActorKind, CollectivityLevel } from './actor.enums.js';

@InputType({ description: 'A map viewport, in WGS 84 degrees.' })
export class BoundingBox {
  @Field(() => Float) south!: number;
  @Field(() => Float) west!: number;
  @Field(() => Float) north!: number;
  @Field(() => Float) east!: number;
}

@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true }) kinds?: ActorKind[] | null;
  @Field(() => [CollectivityLevel], { nullable: true }) collectivityLevels?: CollectivityLevel[] | null;
  @Field(() => String, { nullable: true, description: 'French full-text search, insensitive to accents and case, tolerant of typos in names.' })
  search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Actors having at least one of these themes.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'SIREN of an EPCI or EPT.' }) epciCode?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
  @Field(() => BoundingBox, { nullable: true, description: 'Only actors located inside this box.' }) bbox?: BoundingBox | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this actor.' }) parentId?: string | null;
}

@InputType()
export class ActorIdentifiersInput {
  @Field(() => String, { nullable: true }) insee?: string | null;
  @Field(() => String, { nullable: true }) siren?: string | null;
  @Field(() => String, { nullable: true }) rnsr?: string | null;
  @Field(() => String, { nullable: true }) uai?: string | null;
  @Field(() => String, { nullable: true }) ror?: string | null;
}

@InputType()
export class GeoPointInput {
  @Field(() => Float) latitude!: number;
  @Field(() => Float) longitude!: number;
}

@InputType({ description: 'A new actor. Without a location, it is placed at the centre of its commune when one is given.' })
export class CreateActorInput {
  @Field(() => ActorKind) kind!: ActorKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CollectivityLevel, { nullable: true }) collectivityLevel?: CollectivityLevel | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ActorIdentifiersInput, { nullable: true }) identifiers?: ActorIdentifiersInput | null;
  @Field(() => TerritoryInput) territory!: TerritoryInput;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to an actor: omitted fields stay as they are, null clears an optional field.' })
export class UpdateActorInput {
  @Field(() => ActorKind, { nullable: true }) kind?: ActorKind | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) acronym?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => CollectivityLevel, { nullable: true }) collectivityLevel?: CollectivityLevel | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ActorIdentifiersInput, { nullable: true }) identifiers?: ActorIdentifiersInput | null;
  @Field(() => TerritoryInput, { nullable: true }) territory?: TerritoryInput | null;
  @Field(() => GeoPointInput, { nullable: true }) location?: GeoPointInput | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ProvenanceInput, { nullable: true }) source?: ProvenanceInput | null;
}
