/** Inputs of the actor queries and mutations. */
import { ProvenanceInput, TerritoryInput } from '@ecosystem/common';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActorKind, CollectivityLevel } from './actor.enums.js';

@InputType({ description: 'A map viewport, in WGS 84 degrees.' })
export class BoundingBox {
  @Field(() => Float, { description: 'Southern edge: the smallest latitude.' }) south!: number;
  @Field(() => Float, { description: 'Western edge: the smallest longitude.' }) west!: number;
  @Field(() => Float, { description: 'Northern edge: the largest latitude.' }) north!: number;
  @Field(() => Float, { description: 'Eastern edge: the largest longitude.' }) east!: number;
}

@InputType({ description: 'Every given criterion must match. Lists match any of their values.' })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: 'Actors of one of these kinds.' }) kinds?: ActorKind[] | null;
  @Field(() => [CollectivityLevel], { nullable: true, description: 'Collectivités of one of these levels.' }) collectivityLevels?: CollectivityLevel[] | null;
  @Field(() => String, { nullable: true, description: 'French full-text search, insensitive to accents and case, tolerant of typos in names.' })
  search?: string | null;
  @Field(() => [String], { nullable: true, description: 'Actors having at least one of these themes.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Actors in this région (INSEE code, e.g. "84").' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Actors in this département (INSEE code, e.g. "42").' }) departmentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'SIREN of an EPCI or EPT.' }) epciCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Actors in this commune (INSEE code, e.g. "42218").' }) communeCode?: string | null;
  @Field(() => BoundingBox, { nullable: true, description: 'Only actors located inside this box.' }) bbox?: BoundingBox | null;
  @Field(() => ID, { nullable: true, description: 'Only the direct children of this actor.' }) parentId?: string | null;
}

@InputType({ description: 'Official identifiers of an actor; each is checked for its format.' })
export class ActorIdentifiersInput {
  @Field(() => String, { nullable: true, description: 'INSEE code (commune, département or région code).' }) insee?: string | null;
  @Field(() => String, { nullable: true, description: 'SIREN, 9 digits.' }) siren?: string | null;
  @Field(() => String, { nullable: true, description: 'RNSR number of a research structure, e.g. "200212720X".' }) rnsr?: string | null;
  @Field(() => String, { nullable: true, description: 'UAI of a higher-education establishment, e.g. "0751717J".' }) uai?: string | null;
  @Field(() => String, { nullable: true, description: 'ROR identifier, e.g. "02feahw73".' }) ror?: string | null;
}

@InputType({ description: 'A WGS 84 point, given exactly (its precision is EXACT).' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude in decimal degrees, -90 to 90.' }) latitude!: number;
  @Field(() => Float, { description: 'Longitude in decimal degrees, -180 to 180.' }) longitude!: number;
}

@InputType({ description: 'A new actor. Without a location, it is placed at the centre of its commune when one is given.' })
export class CreateActorInput {
  @Field(() => ActorKind, { description: 'What sort of organisation it is.' }) kind!: ActorKind;
  @Field({ description: 'Official name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Usual acronym.' }) acronym?: string | null;
  @Field(() => String, { nullable: true, description: 'What the organisation does, in a few sentences.' }) description?: string | null;
  @Field(() => CollectivityLevel, { nullable: true, description: 'Required when kind is COLLECTIVITY, refused otherwise.' }) collectivityLevel?: CollectivityLevel | null;
  @Field(() => [String], { nullable: true, description: 'Keywords; stored in lower case.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Official website (http or https).' }) website?: string | null;
  @Field(() => ActorIdentifiersInput, { nullable: true, description: 'Official identifiers.' }) identifiers?: ActorIdentifiersInput | null;
  @Field(() => TerritoryInput, { description: 'Where the actor stands; at least one code.' }) territory!: TerritoryInput;
  @Field(() => GeoPointInput, { nullable: true, description: 'Exact location; defaults to the centre of the commune.' }) location?: GeoPointInput | null;
  @Field(() => ID, { nullable: true, description: 'Id of the actor above (a university for a lab, an EPCI for a commune…).' }) parentId?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the data comes from; defaults to the editor.' }) source?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to an actor: omitted fields stay as they are, null clears an optional field.' })
export class UpdateActorInput {
  @Field(() => ActorKind, { nullable: true, description: 'New kind.' }) kind?: ActorKind | null;
  @Field(() => String, { nullable: true, description: 'New official name (cannot be null).' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'New acronym; null clears it.' }) acronym?: string | null;
  @Field(() => String, { nullable: true, description: 'New description; null clears it.' }) description?: string | null;
  @Field(() => CollectivityLevel, { nullable: true, description: 'New level of a collectivité.' }) collectivityLevel?: CollectivityLevel | null;
  @Field(() => [String], { nullable: true, description: 'The new list of keywords, replacing the old one.' }) themes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'New website; null clears it.' }) website?: string | null;
  @Field(() => ActorIdentifiersInput, { nullable: true, description: 'New identifiers, replacing the old ones.' }) identifiers?: ActorIdentifiersInput | null;
  @Field(() => TerritoryInput, { nullable: true, description: 'New place; must stay within the editor\'s territories.' }) territory?: TerritoryInput | null;
  @Field(() => GeoPointInput, { nullable: true, description: 'New exact location; null places it at the centre of its commune again.' }) location?: GeoPointInput | null;
  @Field(() => ID, { nullable: true, description: 'New actor above; null detaches it.' }) parentId?: string | null;
  @Field(() => ProvenanceInput, { nullable: true, description: 'Where the new data comes from; defaults to the editor.' }) source?: ProvenanceInput | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The `version` the editor loaded. When the actor has changed since, the update is refused with CONFLICT (extensions: currentVersion, changedFields) and nothing is written.',
  })
  expectedVersion?: number | null;
}
