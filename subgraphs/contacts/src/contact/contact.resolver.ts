/** Queries, fields and mutations of `Contact`. Cross-row fields go through the request's DataLoaders. */
import {
  Connection, ConnectionType, InputProblems, Territory, canSeePersonalData, isUuid, notFound, pageRequest, requireEditorFor, requireRole,
  searchText, territories,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ActorReference } from '../actor/actor.reference.js';
import type { ContactsContext } from '../context.js';
import { Contact } from './contact.entity.js';
import { ContactFilter, CreateContactInput, UpdateContactInput } from './contact.inputs.js';
import type { ContactCriteria } from './contact.store.js';
import { checkCreateContact, checkUpdateContact } from './contact.validation.js';

export const ContactConnection = ConnectionType(Contact, 'Contact');

export function criteriaFrom(filter: ContactFilter | null | undefined): ContactCriteria {
  const problems = new InputProblems();
  const search = searchText(filter?.search, problems);
  if (filter?.organizationId) problems.check(isUuid(filter.organizationId), 'filter.organizationId', 'Must be an actor id.');
  problems.throwIfAny();
  return {
    roles: filter?.roles ?? undefined,
    search: search ?? undefined,
    themes: filter?.themes?.map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean),
    regionCode: filter?.regionCode ?? undefined,
    departmentCode: filter?.departmentCode ?? undefined,
    organizationId: filter?.organizationId ?? undefined,
    organizationKinds: filter?.organizationKinds ?? undefined,
  };
}

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => Contact, { nullable: true, description: 'One contact by id, archived or not; null when there is none.' })
  async contact(@Arg('id', () => ID) id: string, @Ctx() ctx: ContactsContext): Promise<Contact | null> {
    return ctx.loaders.contactById.load(id);
  }

  @Query(() => ContactConnection, { description: 'Live contacts matching the filter: best matches first when searching, else by name.' })
  async contacts(
    @Ctx() ctx: ContactsContext,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Contact>> {
    const criteria = criteriaFrom(filter);
    const page = pageRequest(first, after);
    const rows = await ctx.contacts.page(criteria, page);
    for (const row of rows) ctx.loaders.contactById.prime(row.id, row);
    return new Connection(rows, page, () => ctx.contacts.count(criteria));
  }

  @FieldResolver(() => ActorReference, {
    nullable: true,
    description: 'The organisation the contact works for, resolved by the actors subgraph; null when none is recorded.',
  })
  organization(@Root() contact: Contact): ActorReference | null {
    return contact.organizationId ? { id: contact.organizationId } : null;
  }

  @FieldResolver(() => Territory)
  territory(@Root() contact: Contact): Territory {
    return territories().resolve(contact.place);
  }

  // Personal data. Every path to a Contact (root queries, Actor.contacts, _entities, mutations)
  // reads these two fields through these resolvers, so the rule holds everywhere.
  @FieldResolver(() => String, { nullable: true, description: 'Professional e-mail as published by the source; null unless the viewer is signed in.' })
  email(@Root() contact: Contact, @Ctx() ctx: ContactsContext): string | null {
    return canSeePersonalData(ctx.viewer) ? contact.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Professional phone as published by the source; null unless the viewer is signed in.' })
  phone(@Root() contact: Contact, @Ctx() ctx: ContactsContext): string | null {
    return canSeePersonalData(ctx.viewer) ? contact.phone : null;
  }

  @Mutation(() => Contact, {
    description: 'Creates a contact. Needs the editor role. The organisation is not checked to exist: actors live in another subgraph.',
  })
  async createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() ctx: ContactsContext): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkCreateContact(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const id = randomUUID();
    const now = new Date();
    await ctx.contacts.repository.insert({ id, ref: `api:${id}`, ...checked, createdAt: now, updatedAt: now, archivedAt: null });
    return ctx.contacts.repository.findOneByOrFail({ id });
  }

  @Mutation(() => Contact, {
    description:
      'Changes a contact: omitted fields stay as they are, null clears an optional field. Needs the editor role. ' +
      'The organisation is not checked to exist: actors live in another subgraph.',
  })
  async updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Ctx() ctx: ContactsContext,
  ): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    const checked = checkUpdateContact(input, existing, ctx.viewer);
    // Moving a record out of one's territories is refused too.
    requireEditorFor(ctx.viewer, checked.place);
    await ctx.contacts.repository.update({ id: existing.id }, { ...checked, updatedAt: new Date() });
    return ctx.contacts.repository.findOneByOrFail({ id: existing.id });
  }

  @Mutation(() => Contact, { description: 'Archives a contact: it leaves every list but stays readable by id. Needs the editor role.' })
  async archiveContact(@Arg('id', () => ID) id: string, @Ctx() ctx: ContactsContext): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    const existing = await this.existing(id, ctx);
    requireEditorFor(ctx.viewer, existing.place);
    if (!existing.archivedAt) {
      await ctx.contacts.repository.update({ id: existing.id }, { archivedAt: new Date(), updatedAt: new Date() });
    }
    return ctx.contacts.repository.findOneByOrFail({ id: existing.id });
  }

  private async existing(id: string, ctx: ContactsContext): Promise<Contact> {
    const contact = isUuid(id) ? await ctx.contacts.repository.findOneBy({ id }) : null;
    if (!contact) throw notFound('Contact', id);
    return contact;
  }
}

/** Contacts referenced by other subgraphs resolve through the same per-request loader. */
export const contactReference = {
  Contact: {
    __resolveReference: (reference: { id: string }, ctx: ContactsContext) => ctx.loaders.contactById.load(reference.id),
  },
};
