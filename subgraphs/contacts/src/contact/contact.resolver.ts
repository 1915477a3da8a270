/** Queries, fields and mutations of `Contact`. Cross-row fields go through the request's DataLoaders. */
import {
  Connection, ConnectionType, InputProblems, Revision, RevisionAction, RevisionConnection, RevisionFilter, Territory, canSeePersonalData, createRecord,
  isUuid, pageRequest, readJournal, redactRevision, requireEditorFor, requireHistoryReader, requireRole, reviseRecord, revertRecord, revisionView,
  searchText, territories, type RevisionRecord, type Snapshot, type Viewer,
  cacheHint, badUserInput,
} from '@ecosystem/common';
import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
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
  async contact(@Arg('id', () => ID, { description: 'Id of the record.' }) id: string, @Ctx() ctx: ContactsContext): Promise<Contact | null> {
    return ctx.loaders.contactById.load(id);
  }

  @Directive(cacheHint.records)
  @Query(() => ContactConnection, { description: 'Live contacts matching the filter: best matches first when searching, else by name.' })
  async contacts(
    @Ctx() ctx: ContactsContext,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: ContactFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
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

  @FieldResolver(() => Territory, { description: 'Where the contact works: région, département, EPCI and commune, as far as known.' })
  territory(@Root() contact: Contact): Territory {
    return territories().resolve(contact.place);
  }

  // Personal data. Every path to a Contact (root queries, Actor.contacts, _entities, mutations)
  // reads these two fields through these resolvers, so the rule holds everywhere.
  @Directive(cacheHint.viewerDependent)
  @FieldResolver(() => String, { nullable: true, description: 'Professional e-mail as published by the source; null unless the viewer is signed in.' })
  email(@Root() contact: Contact, @Ctx() ctx: ContactsContext): string | null {
    return canSeePersonalData(ctx.viewer) ? contact.email : null;
  }

  @Directive(cacheHint.viewerDependent)
  @FieldResolver(() => String, { nullable: true, description: 'Professional phone as published by the source; null unless the viewer is signed in.' })
  phone(@Root() contact: Contact, @Ctx() ctx: ContactsContext): string | null {
    return canSeePersonalData(ctx.viewer) ? contact.phone : null;
  }

  @FieldResolver(() => [Revision], {
    nullable: true,
    description:
      'Every recorded change of this contact, newest first (who, when, the states before and after, the field diff). ' +
      'For editors and admins: others get null with a FORBIDDEN (UNAUTHENTICATED when anonymous) error. E-mails and phones in it follow the rule of `email` and `phone`.',
  })
  async history(@Root() contact: Contact, @Ctx() ctx: ContactsContext): Promise<Revision[]> {
    requireHistoryReader(ctx.viewer);
    return (await ctx.loaders.historyOf.load(contact.id)).map((record) => revisionView(visibleRevision(record, ctx.viewer)));
  }

  @Query(() => RevisionConnection, { description: 'The journal of every change to contacts, newest first. Admins only.' })
  async contactsJournal(
    @Ctx() ctx: ContactsContext,
    @Arg('filter', () => RevisionFilter, { nullable: true, description: 'Which records; omitted, all of them.' }) filter?: RevisionFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: 'Page size: how many results, from 0 to 1000.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor: the `pageInfo.endCursor` of the previous page; omitted, the first page.' }) after?: string | null,
  ): Promise<RevisionConnection> {
    return readJournal(ctx.contacts.revisions, ctx.viewer, filter, first, after, (record) => visibleRevision(record, ctx.viewer));
  }

  @Mutation(() => Contact, {
    description: 'Creates a contact (version 1). Needs the editor role. The organisation is not checked to exist: actors live in another subgraph.',
  })
  async createContact(@Arg('input', () => CreateContactInput, { description: 'The new record.' }) input: CreateContactInput, @Ctx() ctx: ContactsContext): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    const checked = checkCreateContact(input, ctx.viewer);
    requireEditorFor(ctx.viewer, checked.place);
    const id = randomUUID();
    const now = new Date();
    return createRecord(ctx.contacts.versioned, ctx.viewer, { id, ref: `api:${id}`, ...checked, createdAt: now, updatedAt: now, archivedAt: null, version: 1 });
  }

  @Mutation(() => Contact, {
    description:
      'Changes a contact: omitted fields stay as they are, null clears an optional field. Needs the editor role. ' +
      'The organisation is not checked to exist: actors live in another subgraph. With `input.expectedVersion`, refused with CONFLICT ' +
      'when the contact changed since that version.',
  })
  async updateContact(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('input', () => UpdateContactInput, { description: 'The changes: omitted fields stay as they are.' }) input: UpdateContactInput,
    @Ctx() ctx: ContactsContext,
  ): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.contacts.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.UPDATE,
      expectedVersion: input.expectedVersion,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async (existing) => changedValues(existing, input, ctx.viewer),
    });
  }

  @Mutation(() => Contact, {
    description:
      'Puts a contact back in the state it had at `version` (a new version, recorded as a REVERT), after the same checks as an update. ' +
      'Needs the editor role on the contact\'s current and restored territory.',
  })
  async revertContact(
    @Arg('id', () => ID, { description: 'Id of the record.' }) id: string,
    @Arg('version', () => Int, { description: 'The earlier version to restore.' }) version: number,
    @Ctx() ctx: ContactsContext,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The version the editor is looking at; CONFLICT when it is stale.' })
    expectedVersion?: number | null,
  ): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    return revertRecord(ctx.contacts.versioned, {
      id,
      version,
      viewer: ctx.viewer,
      expectedVersion,
      authorize: (existing) => {
        requireEditorFor(ctx.viewer, existing.place);
        // A merged duplicate stays merged: its content lives on in the survivor (contact.merge.ts).
        if (existing.mergedIntoId) throw badUserInput([{ field: 'id', message: `This contact was merged into ${existing.mergedIntoId}: edit that record instead.` }]);
      },
      restore: async (state, existing) => ({
        ...changedValues(existing, inputFromSnapshot(state), ctx.viewer),
        archivedAt: state.archivedAt ? new Date(state.archivedAt as string) : null,
      }),
    });
  }

  @Mutation(() => Contact, { description: 'Archives a contact: it leaves every list but stays readable by id. Needs the editor role.' })
  async archiveContact(@Arg('id', () => ID, { description: 'Id of the record.' }) id: string, @Ctx() ctx: ContactsContext): Promise<Contact> {
    requireRole(ctx.viewer, 'editor');
    return reviseRecord(ctx.contacts.versioned, {
      id,
      viewer: ctx.viewer,
      action: RevisionAction.ARCHIVE,
      authorize: (existing) => requireEditorFor(ctx.viewer, existing.place),
      change: async (existing) => (existing.archivedAt ? null : { archivedAt: new Date() }),
    });
  }
}

/** The fields of a contact that only some viewers see (canSeePersonalData), in revisions as in the record. */
const PERSONAL_FIELDS = ['email', 'phone'] as const;

/** A revision as this viewer may see it: e-mails and phones blanked for whoever may not see them on the contact itself. */
function visibleRevision(record: RevisionRecord, viewer: Viewer): RevisionRecord {
  return canSeePersonalData(viewer) ? record : redactRevision(record, PERSONAL_FIELDS);
}

/** The columns an update writes, checked (and the new place covered too). */
function changedValues(existing: Contact, input: UpdateContactInput, viewer: Viewer): Partial<Contact> {
  const checked = checkUpdateContact(input, existing, viewer);
  // Moving a record out of one's territories is refused too.
  requireEditorFor(viewer, checked.place);
  return checked;
}

/** An update input that sets every field to its value in a stored snapshot (a revert). */
function inputFromSnapshot(state: Snapshot): UpdateContactInput {
  const { territory, archivedAt: _archived, ...fields } = state;
  return { ...(fields as Partial<UpdateContactInput>), territory: territory as UpdateContactInput['territory'] };
}

/** Contacts referenced by other subgraphs resolve through the same per-request loader. */
export const contactReference = {
  Contact: {
    __resolveReference: (reference: { id: string }, ctx: ContactsContext) => ctx.loaders.contactById.load(reference.id),
  },
};
