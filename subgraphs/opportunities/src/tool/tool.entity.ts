/** A fiche of the partnership toolbox: row and GraphQL entity, owned by this subgraph. */
import { Provenance, ProvenanceColumns } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ToolFamily } from '../opportunity/opportunity.enums.js';

@Directive('@key(fields: "slug")')
@ObjectType({ description: 'A tool of the partnership toolbox (INET/CNFPT), summarised in our own words with its source.' })
@Entity({ name: 'partnership_tool' })
export class PartnershipTool {
  @Field(() => ID) @PrimaryColumn('text') slug!: string;
  @Field(() => ToolFamily) @Column('text') family!: ToolFamily;
  /** Order of the fiche in the toolbox. */
  @Column('int') position!: number;
  @Field() @Column('text') title!: string;
  @Field() @Column('text') summary!: string;
  @Field() @Column('text') objective!: string;
  @Field(() => [Int], { description: 'Levels of the 1–5 intensity scale this tool serves.' })
  @Column('smallint', { array: true })
  intensities!: number[];
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) interestForCollectivity!: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) interestForResearch!: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) process!: string | null;
  @Field(() => [String]) @Column('text', { array: true }) examples!: string[];
  @Field(() => [String]) @Column('text', { array: true }) links!: string[];
  @Field(() => Provenance) @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
}

@ObjectType({ description: 'A family of the toolbox.' })
export class ToolFamilyInfo {
  @Field(() => ToolFamily) family!: ToolFamily;
  @Field({ description: 'French title.' }) title!: string;
  @Field() titleEn!: string;
  @Field({ description: 'French description.' }) description!: string;
  @Field() descriptionEn!: string;
}

@ObjectType({ description: 'A level of the toolbox intensity scale.' })
export class IntensityLevel {
  @Field(() => Int) level!: number;
  @Field({ description: 'French title.' }) title!: string;
  @Field() titleEn!: string;
  @Field({ description: 'French description.' }) description!: string;
  @Field() descriptionEn!: string;
}
