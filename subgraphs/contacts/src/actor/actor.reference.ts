/** The `Actor` entity of the actors subgraph, as far as this subgraph knows it: its key, plus its contacts. */
import { cacheHint } from '@ecosystem/common';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { ContactsContext } from '../context.js';
import { Contact } from '../contact/contact.entity.js';
import { ContactRole } from '../contact/contact.enums.js';

/** A stub of the actors subgraph's Actor: the gateway asks this subgraph for its `contacts` by id. */
@Directive(cacheHint.records)
@Directive('@key(fields: "id")')
@ObjectType('Actor', { description: 'An organisation of the research–territory ecosystem: lab, university, collectivité, association…' })
export class ActorReference {
  @Field(() => ID, { description: 'Stable identifier (a UUID).' })
  id!: string;
}

@Resolver(() => ActorReference)
export class ActorContactsResolver {
  // Nullable on purpose: when the contacts service is down, the actors still come, with this null and an error.
  @FieldResolver(() => [Contact], { nullable: true, description: 'Live contacts of this actor. Null only when the contacts service failed (with an error saying so).' })
  async contacts(
    @Root() actor: ActorReference,
    @Ctx() ctx: ContactsContext,
    @Arg('roles', () => [ContactRole], { nullable: true, description: 'Only the contacts having one of these roles.' }) roles?: ContactRole[] | null,
  ): Promise<Contact[]> {
    return ctx.loaders.contactsOfOrganization(roles).load(actor.id);
  }
}
