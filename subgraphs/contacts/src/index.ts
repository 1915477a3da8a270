/** The contacts subgraph: people of the ecosystem, their roles and their organisations (actors). */
import { ContactMerge1768000000002 } from './migrations/1768000000002-contact-merge.js';
import { SearchAndTerritoryIndexes1768200000002 } from './migrations/1768200000002-search-and-territory-indexes.js';
import type { SubgraphDefinition } from '@ecosystem/common';
import { Contact } from './contact/contact.entity.js';
import { createContext, type ContactsContext } from './context.js';
import { Init1732460000002 } from './migrations/1732460000002-init.js';
import { Revisions1767600000002 } from './migrations/1767600000002-revisions.js';
import { Proposals1767800000002 } from './migrations/1767800000002-proposals.js';
import { buildContactsSchema } from './schema.js';
import { contactsSeedVersion, seedContacts } from './seed/seed.js';

export const contactsSubgraph: SubgraphDefinition<ContactsContext> = {
  name: 'contacts',
  schemaName: 'contacts',
  defaultPort: 4003,
  entities: [Contact],
  migrations: [Init1732460000002, Revisions1767600000002, Proposals1767800000002, ContactMerge1768000000002, SearchAndTerritoryIndexes1768200000002],
  buildSchema: buildContactsSchema,
  createContext,
  seedVersion: contactsSeedVersion,
  seed: seedContacts,
};

export type { ContactsContext };
