/**
 * Members' proposals of contacts, their moderation, verification and staleness (the machinery is
 * in common/proposals.ts). A proposed e-mail or phone is seen only by its proposer and by the
 * moderators of its territory: proposals reach no one else.
 */
import { ProposalStore, RevisionEntityType, proposalResolvers } from '@ecosystem/common';
import type { ContactsContext } from '../context.js';
import { Contact } from './contact.entity.js';
import { CreateContactInput, UpdateContactInput } from './contact.inputs.js';
import { ContactConnection, ContactResolver } from './contact.resolver.js';
import { checkCreateContact, checkUpdateContact } from './contact.validation.js';

/** The normal write path: the createContact / updateContact mutations themselves. */
const writer = new ContactResolver();

export const contactProposals = proposalResolvers<Contact, ContactsContext, CreateContactInput, UpdateContactInput>({
  name: 'Contact',
  plural: 'Contacts',
  entityType: RevisionEntityType.CONTACT,
  recordType: Contact,
  recordConnection: ContactConnection,
  createInput: CreateContactInput,
  updateInput: UpdateContactInput,
  table: 'contacts.contact',
  dataSource: (ctx) => ctx.database.dataSource,
  proposals: (ctx) => new ProposalStore(ctx.database.dataSource, 'contacts'),
  load: (ctx, id) => ctx.loaders.contactById.load(id),
  checkCreate: (input, viewer) => checkCreateContact(input, viewer).place,
  checkUpdate: (existing, input, viewer) => void checkUpdateContact(input, existing, viewer),
  create: (input, ctx) => writer.createContact(input, ctx),
  update: (id, input, ctx) => writer.updateContact(id, input, ctx),
});
