/**
 * Value types that several subgraphs return. They are `@shareable` and defined once, here,
 * so that every subgraph declares them identically and composition never drifts.
 */
import { Directive, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from './scalars.js';
import type { ResolvedTerritory } from './territory.js';

@Directive('@shareable')
@ObjectType({ description: 'Where a record stands in the French administrative map. Finer levels are null when unknown.' })
export class Territory implements ResolvedTerritory {
  @Field(() => String, { nullable: true, description: 'INSEE code of the région, e.g. "84".' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the département, e.g. "42" or "2A".' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true })
  departmentName!: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN of the intercommunality (EPCI, or EPT in the Grand Paris).' })
  epciCode!: string | null;

  @Field(() => String, { nullable: true })
  epciName!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the commune, e.g. "42218".' })
  communeCode!: string | null;

  @Field(() => String, { nullable: true })
  communeName!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Where a piece of data comes from, under which licence, and when it was read.' })
export class Provenance {
  @Field({ description: 'Name of the source: a dataset, a document or a contributor.' })
  name!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'Licence of the source, e.g. "Licence Ouverte / Open Licence 2.0".' })
  license!: string;

  @Field(() => DateScalar, { description: 'Day the data was read from the source.' })
  retrievedOn!: string;
}

export enum LocationPrecision {
  EXACT = 'EXACT',
  COMMUNE = 'COMMUNE',
  EPCI = 'EPCI',
  DEPARTMENT = 'DEPARTMENT',
}

registerEnumType(LocationPrecision, {
  name: 'LocationPrecision',
  description: 'How precise a location is.',
  valuesConfig: {
    EXACT: { description: 'The address itself.' },
    COMMUNE: { description: 'The centre of the commune (GeoNames gazetteer).' },
    EPCI: { description: 'Approximate: the centre of the intercommunality, the commune itself not being in the gazetteer.' },
    DEPARTMENT: { description: 'Approximate: the chef-lieu of the département.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'A WGS 84 point.' })
export class GeoPoint {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => LocationPrecision)
  precision!: LocationPrecision;
}

@Directive('@shareable')
@ObjectType({ description: 'Cursor pagination state.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass it as `after` to read the next page.' })
  endCursor!: string | null;
}

@InputType({ description: 'A place given by codes. The most precise one is enough: a commune implies its EPCI, département and région.' })
export class TerritoryInput {
  @Field(() => String, { nullable: true }) regionCode?: string | null;
  @Field(() => String, { nullable: true }) departmentCode?: string | null;
  @Field(() => String, { nullable: true }) epciCode?: string | null;
  @Field(() => String, { nullable: true }) communeCode?: string | null;
}

@InputType({ description: 'Where submitted data comes from. When omitted, the editor is named as the source.' })
export class ProvenanceInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field() license!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) retrievedOn?: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'A number of records in one territory.' })
export class TerritoryCount {
  @Field({ description: 'INSEE code of the territory (a département code in the *ByDepartment queries).' })
  code!: string;

  @Field(() => Int)
  count!: number;
}
