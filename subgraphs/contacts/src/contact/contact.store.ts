/** All SQL about contacts. Every method is one statement, whatever the number of ids it is given. */
import { RevisionEntityType, RevisionStore, isUuid, type PageRequest, type VersionedTarget } from '@ecosystem/common';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { ActorKind } from '@ecosystem/common';
import { Contact } from './contact.entity.js';
import type { ContactRole } from './contact.enums.js';

export interface ContactCriteria {
  roles?: ContactRole[];
  search?: string;
  themes?: string[];
  regionCode?: string;
  departmentCode?: string;
  organizationId?: string;
  organizationKinds?: ActorKind[];
}

export class ContactStore {
  readonly repository: Repository<Contact>;
  /** This subgraph's revisions. They hold e-mails and phones: read them through the contact resolver's redaction. */
  readonly revisions: RevisionStore;
  /** How the API writes contacts: versioned, each change recorded in the same transaction (revisions.ts). */
  readonly versioned: VersionedTarget<Contact>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(Contact);
    this.revisions = new RevisionStore(dataSource, 'contacts');
    this.versioned = { dataSource, revisions: this.revisions, entity: Contact, entityType: RevisionEntityType.CONTACT, label: 'Contact', verifiable: true };
  }

  /** Contacts by id, archived or not. Ids that are not UUIDs match nothing. */
  async byIds(ids: readonly string[]): Promise<Contact[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.repository.findBy({ id: In(valid) }) : [];
  }

  /** Live contacts of any of `organizationIds`, having one of `roles` when given, in name order. */
  async ofOrganizations(organizationIds: readonly string[], roles?: readonly ContactRole[]): Promise<Contact[]> {
    const ids = organizationIds.filter(isUuid);
    if (!ids.length) return [];
    const query = this.repository
      .createQueryBuilder('c')
      .where('c.organization_id = ANY(:ids)', { ids })
      .andWhere('c.archived_at IS NULL');
    if (roles?.length) query.andWhere('c.roles && CAST(:roles AS text[])', { roles: [...roles] });
    return query.orderBy('c.sort_name').addOrderBy('c.id').getMany();
  }

  /** A page of live contacts matching `criteria`: best matches first when searching, else by name. */
  async page(criteria: ContactCriteria, page: PageRequest): Promise<Contact[]> {
    const query = this.filtered(criteria);
    if (criteria.search) {
      query
        .orderBy('similarity(c.sort_name, contacts.f_unaccent(lower(:search)))', 'DESC')
        .addOrderBy(`ts_rank(c.search_vector, websearch_to_tsquery('contacts.french_unaccent', :search))`, 'DESC');
    }
    return query.addOrderBy('c.sort_name').addOrderBy('c.id').offset(page.offset).limit(page.limit + 1).getMany();
  }

  async count(criteria: ContactCriteria): Promise<number> {
    return this.filtered(criteria).getCount();
  }

  private filtered(c: ContactCriteria): SelectQueryBuilder<Contact> {
    const q = this.repository.createQueryBuilder('c').where('c.archived_at IS NULL');
    if (c.roles?.length) q.andWhere('c.roles && CAST(:roles AS text[])', { roles: c.roles });
    if (c.themes?.length) q.andWhere('c.themes && CAST(:themes AS text[])', { themes: c.themes });
    if (c.regionCode) q.andWhere('c.region_code = :regionCode', { regionCode: c.regionCode });
    if (c.departmentCode) q.andWhere('c.department_code = :departmentCode', { departmentCode: c.departmentCode });
    if (c.organizationId) q.andWhere('c.organization_id = :organizationId', { organizationId: c.organizationId });
    if (c.organizationKinds?.length) q.andWhere('c.organization_kind = ANY(:kinds)', { kinds: c.organizationKinds });
    if (c.search) {
      // Full text on name, job title and themes (stemmed, unaccented); trigrams for names typed loosely.
      // E-mails and phones are in neither: searching must not reveal them.
      // A UNION of two index lookups rather than an OR, which the planner turns into a sequential scan.
      q.andWhere(
        `c.id IN (SELECT id FROM contacts.contact WHERE search_vector @@ websearch_to_tsquery('contacts.french_unaccent', :search)
                  UNION SELECT id FROM contacts.contact WHERE sort_name % contacts.f_unaccent(lower(:search)))`,
        { search: c.search },
      );
    }
    return q;
  }
}
