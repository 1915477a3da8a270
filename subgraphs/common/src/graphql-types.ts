/**
 * Value types that several subgraphs return. They are `@shareable` and defined once, here,
 * so that every subgraph declares them identically and composition never drifts.
 */
import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, DateTimeScalar as DateTime } from './scalars.js';
import type { ResolvedTerritory } from './territory.js';

@Directive('@shareable')
@ObjectType({ description: 'Where a record stands in the French administrative map. Finer levels are null when unknown.' })
export class Territory implements ResolvedTerritory {
  @Field(() => String, { nullable: true, description: 'INSEE code of the région, e.g. "84".' })
  regionCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the région, e.g. "Auvergne-Rhône-Alpes".' })
  regionName!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the département, e.g. "42" or "2A".' })
  departmentCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the département, e.g. "Loire".' })
  departmentName!: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN of the intercommunality (EPCI, or EPT in the Grand Paris).' })
  epciCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the intercommunality, e.g. "Saint-Étienne Métropole".' })
  epciName!: string | null;

  @Field(() => String, { nullable: true, description: 'INSEE code of the commune, e.g. "42218".' })
  communeCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the commune, e.g. "Saint-Étienne".' })
  communeName!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Where a piece of data comes from, under which licence, and when it was read.' })
export class Provenance {
  @Field({ description: 'Name of the source: a dataset, a document or a contributor.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Web address of the source, when it has one.' })
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
  @Field(() => Float, { description: 'Latitude in decimal degrees (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in decimal degrees (WGS 84).' })
  longitude!: number;

  @Field(() => LocationPrecision, { description: 'How the point was placed: the address itself, or an approximation.' })
  precision!: LocationPrecision;
}

@Directive('@shareable')
@ObjectType({ description: 'Cursor pagination state.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass it as `after` to read the next page.' })
  endCursor!: string | null;
}

@InputType({ description: 'A place given by codes. The most precise one is enough: a commune implies its EPCI, département and région.' })
export class TerritoryInput {
  @Field(() => String, { nullable: true, description: 'INSEE code of a région, e.g. "84".' }) regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'INSEE code of a département, e.g. "42" or "2A".' }) departmentCode?: string | null;
  @Field(() => String, { nullable: true, description: 'SIREN of an intercommunality (EPCI or EPT), e.g. "244200770".' }) epciCode?: string | null;
  @Field(() => String, { nullable: true, description: 'INSEE code of a commune, e.g. "42218".' }) communeCode?: string | null;
}

@InputType({ description: 'Where submitted data comes from. When omitted, the editor is named as the source.' })
export class ProvenanceInput {
  @Field({ description: 'Name of the source: a dataset, a document or a contributor.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Web address of the source (http or https).' }) url?: string | null;
  @Field({ description: 'Licence of the source, e.g. "Licence Ouverte / Open Licence 2.0".' }) license!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to today.' }) retrievedOn?: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'A number of records in one territory.' })
export class TerritoryCount {
  @Field({ description: 'INSEE code of the territory (a département code in the *ByDepartment queries).' })
  code!: string;

  @Field(() => Int, { description: 'Number of records in that territory.' })
  count!: number;
}

// ---------------------------------------------------------------------------------------------
// Revisions (journal, history, reverts, optimistic locking): the machinery is in revisions.ts.

export enum RevisionEntityType {
  ACTOR = 'ACTOR',
  PARTNERSHIP = 'PARTNERSHIP',
  OPPORTUNITY = 'OPPORTUNITY',
  CONTACT = 'CONTACT',
  RESEARCH_NEED = 'RESEARCH_NEED',
}

registerEnumType(RevisionEntityType, {
  name: 'RevisionEntityType',
  description: 'The kind of record a revision is about.',
  valuesConfig: {
    ACTOR: { description: 'An Actor (actors subgraph).' },
    PARTNERSHIP: { description: 'A partnership between two actors (actors subgraph); version 1 is its creation, 2 its removal.' },
    OPPORTUNITY: { description: 'An Opportunity (opportunities subgraph).' },
    CONTACT: { description: 'A Contact (contacts subgraph).' },
    RESEARCH_NEED: { description: 'A ResearchNeed (opportunities subgraph).' },
  },
});

export enum RevisionAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  REVERT = 'REVERT',
  PARTNERSHIP_ADD = 'PARTNERSHIP_ADD',
  PARTNERSHIP_REMOVE = 'PARTNERSHIP_REMOVE',
  IMPORT = 'IMPORT',
  MERGE = 'MERGE',
}

registerEnumType(RevisionAction, {
  name: 'RevisionAction',
  description: 'What a revision did to its record.',
  valuesConfig: {
    CREATE: { description: 'The record was created (version 1).' },
    UPDATE: { description: 'Fields were changed.' },
    ARCHIVE: { description: 'The record was archived.' },
    REVERT: { description: 'The record was put back in the state of an earlier version (see revertedTo).' },
    PARTNERSHIP_ADD: { description: 'A partnership was added.' },
    PARTNERSHIP_REMOVE: { description: 'A partnership was removed.' },
    IMPORT: { description: 'An import wrote the record.' },
    MERGE: { description: 'A merge of two duplicate actors changed the record: the survivor took fields of the merged actor, the merged actor was archived (see Actor.mergedInto), or a reference followed the survivor.' },
  },
});

@Directive('@shareable')
@ObjectType({ description: 'Who made a change, as their signed token named them at the time.' })
export class RevisionAuthor {
  @Field(() => String, { nullable: true, description: 'Subject of the token (the account id); null for system writes.' })
  id!: string | null;

  @Field(() => String, { nullable: true, description: 'Display name carried by the token.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Role at the time of the change: editor or admin.' })
  role!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One field changed by a revision, with its value before and after.' })
export class FieldChange {
  @Field({ description: 'Dotted path of the field, e.g. "name" or "territory.communeCode".' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before the change; null when unset (or hidden from this viewer).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after the change; null when unset (or hidden from this viewer).' })
  after!: unknown;
}

@Directive('@shareable')
@ObjectType({ description: 'One recorded change of a record: who, when, what, the states before and after, and the field diff.' })
export class Revision {
  @Field(() => ID, { description: 'Id of the revision.' })
  id!: string;

  @Field(() => RevisionEntityType, { description: 'Kind of record changed.' })
  entityType!: RevisionEntityType;

  @Field(() => ID, { description: 'Id of the record changed.' })
  entityId!: string;

  @Field(() => Int, { description: 'Version of the record this revision produced (the record\'s `version` after it).' })
  version!: number;

  @Field(() => RevisionAction, { description: 'What the revision did.' })
  action!: RevisionAction;

  @Field(() => RevisionAuthor, { description: 'Who made the change.' })
  author!: RevisionAuthor;

  @Field(() => DateTime, { description: 'When the change was written.' })
  at!: Date;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record\'s state before the change (null for a creation), as a JSON object.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The record\'s state after the change (null for a removal), as a JSON object.' })
  after!: unknown;

  @Field(() => [FieldChange], { description: 'The fields that changed, in alphabetical order.' })
  changes!: FieldChange[];

  @Field(() => Int, { nullable: true, description: 'For a REVERT: the version whose state was restored.' })
  revertedTo!: number | null;

  @Field(() => RevisionAuthor, {
    nullable: true,
    description: 'When the change is a member\'s proposal accepted by a moderator: the member who proposed it (`author` is the moderator). Null otherwise.',
  })
  proposedBy!: RevisionAuthor | null;

  @Field(() => ID, { nullable: true, description: 'The accepted proposal this change comes from; null for a direct edit.' })
  proposalId!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'A page of the journal of changes, newest first.' })
export class RevisionConnection {
  @Field(() => Int, { description: 'Number of revisions across all pages.' })
  totalCount!: number;

  @Field(() => [Revision], { description: 'The revisions of this page.' })
  nodes!: Revision[];

  @Field(() => PageInfo, { description: 'Where the next page starts.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Which revisions of the journal to list. Every given criterion must match.' })
export class RevisionFilter {
  @Field(() => String, { nullable: true, description: 'Only changes by this author (the `author.id`, subject of their token).' })
  authorId?: string | null;

  @Field(() => [RevisionEntityType], { nullable: true, description: 'Only changes to these kinds of record.' })
  entityTypes?: RevisionEntityType[] | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this record.' })
  entityId?: string | null;

  @Field(() => [RevisionAction], { nullable: true, description: 'Only these actions.' })
  actions?: RevisionAction[] | null;

  @Field(() => DateTime, { nullable: true, description: 'Only changes made at or after this instant.' })
  since?: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Only changes made at or before this instant.' })
  until?: Date | null;
}
