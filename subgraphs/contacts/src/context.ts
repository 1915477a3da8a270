/** Per-request context of the contacts subgraph: the viewer, the store, and fresh DataLoaders. */
import { RevisionEntityType, isUuid, type BaseContext, type RevisionRecord, type SubgraphDatabase, type Viewer } from '@ecosystem/common';
import DataLoader from 'dataloader';
import type { Contact } from './contact/contact.entity.js';
import type { ContactRole } from './contact/contact.enums.js';
import { ContactStore } from './contact/contact.store.js';

export interface ContactsContext extends BaseContext {
  database: SubgraphDatabase;
  contacts: ContactStore;
  loaders: ContactLoaders;
}

export interface ContactLoaders {
  contactById: DataLoader<string, Contact | null>;
  /** Live contacts of an organisation, per roles filter: `contacts(roles: [AGENT])` and `contacts` batch apart. */
  contactsOfOrganization(roles?: readonly ContactRole[] | null): DataLoader<string, Contact[]>;
  /** Revisions of each contact, newest first, unredacted: one statement for every contact of a level. */
  historyOf: DataLoader<string, RevisionRecord[]>;
}

export function createLoaders(contacts: ContactStore): ContactLoaders {
  const contactById = new DataLoader<string, Contact | null>(async (ids) => {
    const rows = await contacts.byIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });
  const ofOrganization = new Map<string, DataLoader<string, Contact[]>>();
  const contactsOfOrganization = (roles?: readonly ContactRole[] | null) => {
    const wanted = [...new Set(roles ?? [])].sort();
    const key = wanted.join(',');
    let loader = ofOrganization.get(key);
    if (!loader) {
      loader = new DataLoader<string, Contact[]>(async (organizationIds) => {
        const rows = await contacts.ofOrganizations(organizationIds, wanted);
        for (const row of rows) contactById.prime(row.id, row);
        return organizationIds.map((id) => rows.filter((row) => row.organizationId === id.toLowerCase()));
      });
      ofOrganization.set(key, loader);
    }
    return loader;
  };
  const historyOf = new DataLoader<string, RevisionRecord[]>(async (ids) => {
    const rows = await contacts.revisions.historyOf(RevisionEntityType.CONTACT, ids.filter(isUuid).map((id) => id.toLowerCase()));
    return ids.map((id) => rows.filter((row) => row.entityId === id.toLowerCase()));
  });
  return { contactById, contactsOfOrganization, historyOf };
}

export function createContext(database: SubgraphDatabase, viewer: Viewer): ContactsContext {
  const contacts = new ContactStore(database.dataSource);
  return { viewer, database, contacts, loaders: createLoaders(contacts) };
}
