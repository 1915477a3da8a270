/** `Actor` as this subgraph sees it: a key, plus the opportunities it hosts or partners in. */
import { cacheHint } from '@ecosystem/common';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType('Actor', { description: 'An organisation of the research–territory ecosystem: lab, university, collectivité, association…' })
export class ActorReference {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' }) id!: string;
}
