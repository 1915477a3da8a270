/** All SQL about contacts. Every method is one statement, whatever the number of ids it is given. */
import { RevisionEntityType, RevisionStore, SEARCH_WINDOW, withoutUndefined, isUuid, searchCount, searchMatches, searchPage, type PageRequest, type SearchableTable, type VersionedTarget } from '@ecosystem/common';
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
    if (!criteria.search) return this.filtered(criteria).orderBy('c.sort_name').addOrderBy('c.id').offset(page.offset).limit(page.limit + 1).getMany();
    return (await searchPage(this.filtered(criteria, SEARCH_WINDOW), 'contacts', 'c', page)?.getMany()) ?? [];
  }

  /** How many live contacts match `criteria`; a search counts each match once, whatever the window. */
  async count(criteria: ContactCriteria): Promise<number> {
    if (!criteria.search) return this.filtered(criteria).getCount();
    return (await searchCount(this.repository.manager, searchable(criteria), parameters(criteria)).getRawOne<{ n: number }>())!.n;
  }

  /**
   * Live contacts matching `c`; `window` caps the candidates of a search. Full text covers name, job
   * title and themes: e-mails and phones are in neither it nor the names, so searching never
   * reveals them.
   */
  private filtered(c: ContactCriteria, window?: number): SelectQueryBuilder<Contact> {
    const q = this.repository.createQueryBuilder('c').where(conditions(c, 'c').join(' AND ')).setParameters(parameters(c));
    return c.search ? q.andWhere(`c.id IN (${searchMatches(searchable(c), window)})`) : q;
  }
}

/** The non-search conditions of `c` on the contact table aliased `t` (parameters: `parameters(c)`). */
function conditions(c: ContactCriteria, t: string): string[] {
  const where = [`${t}.archived_at IS NULL`];
  if (c.roles?.length) where.push(`${t}.roles && CAST(:roles AS text[])`);
  if (c.themes?.length) where.push(`${t}.themes && CAST(:themes AS text[])`);
  if (c.regionCode) where.push(`${t}.region_code = :regionCode`);
  if (c.departmentCode) where.push(`${t}.department_code = :departmentCode`);
  if (c.organizationId) where.push(`${t}.organization_id = :organizationId`);
  if (c.organizationKinds?.length) where.push(`${t}.organization_kind = ANY(:kinds)`);
  return where;
}

function parameters(c: ContactCriteria): Record<string, unknown> {
  // TypeORM wants no undefined parameter.
  return withoutUndefined({
    roles: c.roles,
    themes: c.themes,
    regionCode: c.regionCode,
    departmentCode: c.departmentCode,
    organizationId: c.organizationId,
    kinds: c.organizationKinds,
    search: c.search,
  });
}

function searchable(c: ContactCriteria): SearchableTable {
  return { schema: 'contacts', table: 'contact', conditions: (t) => conditions(c, t) };
}
