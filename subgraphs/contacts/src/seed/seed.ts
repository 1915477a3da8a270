/** Seeds the contacts schema from the sourced, hand-written contacts. */
import {
  InputProblems, bulkUpsert, fingerprint, stableId, territories, type SeedActorKind, type SeedContact, type SeedReport,
} from '@ecosystem/common';
import type { EntityManager } from 'typeorm';
import { checkEmail, checkPhone, checkRoles } from '../contact/contact.validation.js';
import { CONTACTS } from './contacts.js';

/**
 * Kinds of the hand-written organisations (`org:` refs) the contacts work for, read from
 * subgraphs/actors/src/seed/organisations.ts. The contacts subgraph does not depend on the actors
 * package: when a contact names a new organisation, add its kind here.
 */
export const ORGANISATION_KINDS: Readonly<Record<string, SeedActorKind>> = {
  'org:cnfpt': 'PUBLIC_BODY',
  'org:inet': 'PUBLIC_BODY',
  'org:msh-paris-nord': 'LAB',
  'org:munae': 'PUBLIC_BODY',
};

/** Collectivités come from the official administrative map, under these ref prefixes. */
const COLLECTIVITY_REF = /^(commune|departement|region|epci):/;

const CONTACT_COLUMNS = {
  id: 'uuid', ref: 'text', display_name: 'text', job_title: 'text', roles: 'text[]',
  organization_id: 'uuid', organization_kind: 'text', themes: 'text[]',
  region_code: 'text', department_code: 'text', epci_code: 'text', commune_code: 'text',
  email: 'text', phone: 'text', last_verified_on: 'date',
  source_name: 'text', source_url: 'text', source_license: 'text', source_retrieved_on: 'date',
} as const;

type ContactSeedRow = Record<keyof typeof CONTACT_COLUMNS, unknown>;

export function contactsSeedVersion(): string {
  return fingerprint('contacts-seed-v2', territories().dataVersion, CONTACTS, ORGANISATION_KINDS);
}

export function organisationKind(contact: SeedContact): SeedActorKind | null {
  const ref = contact.organizationRef;
  if (!ref) return null;
  if (COLLECTIVITY_REF.test(ref)) return 'COLLECTIVITY';
  const kind = ORGANISATION_KINDS[ref];
  if (!kind) throw new Error(`Seed ${contact.ref}: add the kind of ${ref} to ORGANISATION_KINDS in contacts/src/seed/seed.ts`);
  return kind;
}

/** The seed rows, checked with the rules the API applies: a bad record stops the seed. */
export function buildContacts(contacts: readonly SeedContact[] = CONTACTS): ContactSeedRow[] {
  const index = territories();
  const refs = new Set<string>();
  return contacts.map((contact) => {
    if (refs.has(contact.ref)) throw new Error(`Seed ${contact.ref}: duplicate ref`);
    refs.add(contact.ref);
    const problems = new InputProblems();
    const roles = checkRoles(contact.roles, 'roles', problems);
    const email = checkEmail(contact.email, 'email', problems);
    const phone = checkPhone(contact.phone, 'phone', problems);
    if (contact.communeCode) problems.check(!!index.commune(contact.communeCode), 'communeCode', 'Not a current commune.');
    if (contact.departmentCode) problems.check(!!index.department(contact.departmentCode), 'departmentCode', 'Not a département.');
    try {
      problems.throwIfAny();
    } catch (error) {
      throw new Error(`Seed ${contact.ref}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const place = index.complete({ communeCode: contact.communeCode, departmentCode: contact.departmentCode });
    return {
      id: stableId(contact.ref), ref: contact.ref, display_name: contact.displayName, job_title: contact.jobTitle ?? null, roles,
      organization_id: contact.organizationRef ? stableId(contact.organizationRef) : null,
      organization_kind: organisationKind(contact),
      themes: [...new Set(contact.themes.map((t) => t.trim().toLocaleLowerCase('fr')).filter(Boolean))],
      region_code: place.regionCode, department_code: place.departmentCode, epci_code: place.epciCode, commune_code: place.communeCode,
      email, phone, last_verified_on: contact.lastVerifiedOn ?? null,
      source_name: contact.source.name, source_url: contact.source.url ?? null, source_license: contact.source.license,
      source_retrieved_on: contact.source.retrievedOn,
    };
  });
}

export async function seedContacts(manager: EntityManager, log: (line: string) => void): Promise<SeedReport> {
  const rows = buildContacts();
  const counts = await bulkUpsert(manager, { table: 'contacts.contact', key: ['ref'], columns: CONTACT_COLUMNS, touchUpdatedAt: true }, rows);
  log(`[contacts] ${rows.length} contacts: ${counts.inserted} new, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  return { contacts: rows.length, contactsInserted: counts.inserted };
}
