/**
 * Merging two records of one person (`mergeContacts`), the contacts' counterpart of mergeActors: the
 * survivor keeps its id and its values, takes the fields the editor picks from the duplicate and fills
 * its gaps from it (roles and themes united); the duplicate is archived with `mergedInto`; both get a
 * MERGE revision in one transaction. No other subgraph refers to a contact, so nothing has to follow
 * elsewhere. E-mails and phones move with the person; they are read through the usual rules.
 */
import {
  InputProblems, MAX_THEMES, RevisionAction, RevisionEntityType, cacheHint, conflict, isUuid, notFound, requireEditorFor, requireRole, snapshotOf,
  type NewRevision,
} from '@ecosystem/common';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { In } from 'typeorm';
import type { ContactsContext } from '../context.js';
import { Contact } from './contact.entity.js';

export enum ContactMergeField {
  DISPLAY_NAME = 'DISPLAY_NAME',
  JOB_TITLE = 'JOB_TITLE',
  ORGANIZATION = 'ORGANIZATION',
  TERRITORY = 'TERRITORY',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  SOURCE = 'SOURCE',
}

registerEnumType(ContactMergeField, {
  name: 'ContactMergeField',
  description: 'A field the survivor of a merge of contacts may take from the merged record.',
  valuesConfig: {
    DISPLAY_NAME: { description: 'The name.' },
    JOB_TITLE: { description: 'The job title.' },
    ORGANIZATION: { description: 'The organisation (and its kind).' },
    TERRITORY: { description: 'The territory.' },
    EMAIL: { description: 'The e-mail address.' },
    PHONE: { description: 'The phone number.' },
    SOURCE: { description: 'The provenance (source, licence, date) and the day it was last checked.' },
  },
});

@InputType({ description: 'Two records of one person to merge into one.' })
export class MergeContactsInput {
  @Field(() => ID, { description: 'The record that stays (its id is kept).' }) survivorId!: string;
  @Field(() => ID, { description: 'The duplicate: archived, with mergedInto pointing at the survivor.' }) mergedId!: string;
  @Field(() => [ContactMergeField], {
    nullable: true,
    description: 'Fields where the merged record\'s value replaces the survivor\'s. Every other field keeps the survivor\'s value, or takes the merged record\'s when the survivor has none; roles and themes are united.',
  })
  takeFromMerged?: ContactMergeField[] | null;
  @Field(() => Int, { nullable: true, description: 'The survivor\'s version the editor compared: when stale, CONFLICT and nothing written.' }) survivorVersion?: number | null;
  @Field(() => Int, { nullable: true, description: 'The merged record\'s version the editor compared: when stale, CONFLICT and nothing written.' }) mergedVersion?: number | null;
}

@ObjectType({ description: 'What mergeContacts did.' })
export class MergeContactsPayload {
  @Field(() => Contact, { description: 'The contact that stays, with the fields it took.' }) survivor!: Contact;
  @Field(() => Contact, { description: 'The merged contact, archived, with mergedInto.' }) merged!: Contact;
  @Field({ description: 'True when the merge had already been made (a retry): nothing was written.' }) alreadyMerged!: boolean;
}

const empty = (value: unknown) => value === null || value === undefined || value === '';

/** The survivor's new column values: picked fields from the merged record, gaps filled, roles and themes united. */
export function mergedContactValues(survivor: Contact, merged: Contact, take: ReadonlySet<ContactMergeField>): Partial<Contact> {
  const pick = <T>(field: ContactMergeField, a: T, b: T): T => (take.has(field) ? (empty(b) ? a : b) : empty(a) ? b : a);
  const hasPlace = (c: Contact) => !!(c.place.communeCode || c.place.epciCode || c.place.departmentCode || c.place.regionCode);
  const placeFrom = take.has(ContactMergeField.TERRITORY) ? (hasPlace(merged) ? merged : survivor) : hasPlace(survivor) ? survivor : merged;
  const organizationFrom = pick(ContactMergeField.ORGANIZATION, survivor.organizationId, merged.organizationId) === survivor.organizationId ? survivor : merged;
  const sourceFrom = take.has(ContactMergeField.SOURCE) ? merged : survivor;
  return {
    displayName: take.has(ContactMergeField.DISPLAY_NAME) ? merged.displayName : survivor.displayName,
    jobTitle: pick(ContactMergeField.JOB_TITLE, survivor.jobTitle, merged.jobTitle),
    roles: [...new Set([...survivor.roles, ...merged.roles])],
    themes: [...new Set([...survivor.themes, ...merged.themes])].slice(0, MAX_THEMES),
    organizationId: organizationFrom.organizationId,
    organizationKind: organizationFrom.organizationKind,
    place: { ...placeFrom.place },
    email: pick(ContactMergeField.EMAIL, survivor.email, merged.email),
    phone: pick(ContactMergeField.PHONE, survivor.phone, merged.phone),
    source: { ...sourceFrom.source },
    lastVerifiedOn: sourceFrom.lastVerifiedOn,
  };
}

@Resolver(() => Contact)
export class ContactMergeResolver {
  @Mutation(() => MergeContactsPayload, {
    description:
      'Merges a duplicate contact into the record that stays, in one transaction: the survivor takes the picked fields and fills its gaps, ' +
      'the duplicate is archived with mergedInto, both get a MERGE revision. Calling it again on a merged pair writes nothing. Needs the editor role on both records.',
  })
  async mergeContacts(@Arg('input', () => MergeContactsInput, { description: 'The two records and the fields to take.' }) input: MergeContactsInput, @Ctx() ctx: ContactsContext): Promise<MergeContactsPayload> {
    requireRole(ctx.viewer, 'editor');
    const problems = new InputProblems();
    problems.check(isUuid(input.survivorId), 'input.survivorId', 'Must be a contact id.');
    problems.check(isUuid(input.mergedId), 'input.mergedId', 'Must be a contact id.');
    problems.throwIfAny();
    const survivorId = input.survivorId.toLowerCase();
    const mergedId = input.mergedId.toLowerCase();
    problems.check(survivorId !== mergedId, 'input.mergedId', 'A record cannot be merged into itself.');
    for (const [field, version] of [['input.survivorVersion', input.survivorVersion], ['input.mergedVersion', input.mergedVersion]] as const) {
      if (version != null) problems.check(Number.isInteger(version) && version >= 1, field, 'A version is a whole number from 1.');
    }
    problems.throwIfAny();
    const take = new Set(input.takeFromMerged ?? []);
    const revisions = ctx.contacts.revisions;
    const alreadyMerged = await ctx.database.dataSource.transaction(async (manager) => {
      const locked = await manager.getRepository(Contact).find({ where: { id: In([survivorId, mergedId].sort()) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
      const survivor = locked.find((c) => c.id === survivorId);
      const merged = locked.find((c) => c.id === mergedId);
      if (!survivor) throw notFound('Contact', input.survivorId);
      if (!merged) throw notFound('Contact', input.mergedId);
      requireEditorFor(ctx.viewer, survivor.place);
      requireEditorFor(ctx.viewer, merged.place);
      if (merged.mergedIntoId === survivor.id) return true;
      if (merged.mergedIntoId) problems.add('input.mergedId', `This record was already merged into ${merged.mergedIntoId}.`);
      if (survivor.mergedIntoId) problems.add('input.survivorId', `This record was merged into ${survivor.mergedIntoId}: keep that one instead.`);
      else if (survivor.archivedAt) problems.add('input.survivorId', 'This record is archived: keep the live one.');
      problems.throwIfAny();
      for (const [row, expected] of [[survivor, input.survivorVersion], [merged, input.mergedVersion]] as const) {
        if (expected != null && expected !== row.version) {
          throw conflict(RevisionEntityType.CONTACT, row.id, expected, row.version, await revisions.since(manager, RevisionEntityType.CONTACT, row.id, expected));
        }
      }
      const values = mergedContactValues(survivor, merged, take);
      requireEditorFor(ctx.viewer, values.place!);
      const now = new Date();
      const recorded: NewRevision[] = [];
      const before = snapshotOf(survivor);
      const after = snapshotOf({ ...survivor, ...values });
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        await manager.update(Contact, { id: survivor.id }, { ...values, version: survivor.version + 1, updatedAt: now });
        recorded.push({ entityType: RevisionEntityType.CONTACT, entityId: survivor.id, version: survivor.version + 1, action: RevisionAction.MERGE, before, after });
      }
      const change = { archivedAt: merged.archivedAt ?? now, mergedIntoId: survivor.id };
      await manager.update(Contact, { id: merged.id }, { ...change, version: merged.version + 1, updatedAt: now });
      recorded.push({
        entityType: RevisionEntityType.CONTACT, entityId: merged.id, version: merged.version + 1, action: RevisionAction.MERGE,
        before: snapshotOf(merged), after: snapshotOf({ ...merged, ...change }),
      });
      await revisions.record(manager, ctx.viewer, recorded);
      return false;
    });
    const rows = await ctx.contacts.repository.findBy({ id: In([survivorId, mergedId]) });
    return { survivor: rows.find((r) => r.id === survivorId)!, merged: rows.find((r) => r.id === mergedId)!, alreadyMerged };
  }

  @Directive(cacheHint.records)
  @FieldResolver(() => Contact, { nullable: true, description: 'Set when this record was merged into another (it is then archived): the record that replaced it.' })
  async mergedInto(@Root() contact: Contact, @Ctx() ctx: ContactsContext): Promise<Contact | null> {
    return contact.mergedIntoId ? ctx.loaders.contactById.load(contact.mergedIntoId) : null;
  }
}
