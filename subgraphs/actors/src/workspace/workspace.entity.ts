/** A facilitator's priority target: an actor they want to work with, where the relation stands and where it should go. */
import { DateScalar, DateTimeScalar, cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Targets are private working notes of one account (see workspace.resolver.ts for why), so every
 * field is PRIVATE: never in the gateway's cache, a CDN or anyone else's answer.
 */
@Directive(cacheHint.viewerDependent)
@ObjectType({ description: 'An actor on a facilitator\'s priority list: the intensity reached, the one aimed for, the next step of the toolbox, notes and a due date. Seen only by its owner.' })
@Entity({ name: 'workspace_target' })
export class WorkspaceTarget {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  @PrimaryColumn('uuid')
  id!: string;

  /** The owner's token subject. */
  @Column('text')
  ownerId!: string;

  /** Resolved through the request's loader. */
  @Column('uuid')
  actorId!: string;

  @Field(() => Int, { description: 'Intensity of the relation today on the toolbox scale: 0 (no relation yet) to 5 (capitalisation).' })
  @Column('smallint')
  currentIntensity!: number;

  @Field(() => Int, { description: 'Intensity aimed for, 1 to 5.' })
  @Column('smallint')
  aimedIntensity!: number;

  @Field(() => String, { nullable: true, description: 'Free notes of the facilitator (at most 4,000 characters).' })
  @Column('text', { nullable: true })
  notes!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the next step should be done.' })
  @Column('date', { nullable: true })
  dueOn!: string | null;

  @Field(() => Int, { description: 'Version: 1 at creation, +1 per change. Send it back as `expectedVersion` so that a change made meanwhile (another tab) is refused with CONFLICT.' })
  @Column('integer', { default: 1 })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the target was added.' })
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the target last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;
}
