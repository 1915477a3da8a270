/** A fiche of the partnership toolbox: row and GraphQL entity, owned by this subgraph. */
import { Provenance, ProvenanceColumns, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ToolFamily } from '../opportunity/opportunity.enums.js';

@Directive(cacheHint.toolbox)
@Directive('@key(fields: "slug")')
@ObjectType({ description: 'A tool of the partnership toolbox (INET/CNFPT), summarised in our own words with its source.' })
@Entity({ name: 'partnership_tool' })
export class PartnershipTool {
  @Field(() => ID, { description: 'Stable identifier of the tool, e.g. "cifre-recherche-action".' }) @PrimaryColumn('text') slug!: string;
  @Field(() => ToolFamily, { description: 'Which of the four families it belongs to.' }) @Column('text') family!: ToolFamily;
  /** Order of the fiche in the toolbox. */
  @Column('int') position!: number;
  @Field({ description: 'Title of the fiche (French).' }) @Column('text') title!: string;
  @Field({ description: 'The tool in two or three sentences (French).' }) @Column('text') summary!: string;
  @Field({ description: 'What it is for (French).' }) @Column('text') objective!: string;
  @Field(() => [Int], { description: 'Levels of the 1–5 intensity scale this tool serves.' })
  @Column('smallint', { array: true })
  intensities!: number[];
  @Field(() => String, { nullable: true, description: 'What a collectivité gains from it (French).' }) @Column('text', { nullable: true }) interestForCollectivity!: string | null;
  @Field(() => String, { nullable: true, description: 'What researchers gain from it (French).' }) @Column('text', { nullable: true }) interestForResearch!: string | null;
  @Field(() => String, { nullable: true, description: 'How to set it up, step by step (French).' }) @Column('text', { nullable: true }) process!: string | null;
  @Field(() => [String], { description: 'Examples of the tool in use.' }) @Column('text', { array: true }) examples!: string[];
  @Field(() => [String], { description: 'Web pages about the tool.' }) @Column('text', { array: true }) links!: string[];
  @Field(() => Provenance, { description: 'The toolbox fiche it summarises, its licence and the day it was read.' }) @Column(() => ProvenanceColumns, { prefix: 'source' }) source!: ProvenanceColumns;
}

@ObjectType({ description: 'A family of the toolbox.' })
export class ToolFamilyInfo {
  @Field(() => ToolFamily, { description: 'The family.' }) family!: ToolFamily;
  @Field({ description: 'French title.' }) title!: string;
  @Field({ description: 'English title.' }) titleEn!: string;
  @Field({ description: 'French description.' }) description!: string;
  @Field({ description: 'English description.' }) descriptionEn!: string;
}

@ObjectType({ description: 'A level of the toolbox intensity scale.' })
export class IntensityLevel {
  @Field(() => Int, { description: 'The level, 1 (mutual knowledge) to 5 (capitalisation).' }) level!: number;
  @Field({ description: 'French title.' }) title!: string;
  @Field({ description: 'English title.' }) titleEn!: string;
  @Field({ description: 'French description.' }) description!: string;
  @Field({ description: 'English description.' }) descriptionEn!: string;
}
