/** `Actor` as this subgraph sees it: a key, plus the opportunities it hosts or partners in. */
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Actor')
export class ActorReference {
  @Field(() => ID) id!: string;
}
