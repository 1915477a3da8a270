/** All SQL about research needs. Each method is one statement, whatever the number of ids. */
import { RevisionEntityType, wordsMatch, wordsRank, type PageRequest, type RevisionStore, type VersionedTarget } from '@ecosystem/common';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { ResearchNeed } from './research-need.entity.js';
import type { ResearchNeedHorizon, ResearchNeedStatus } from './research-need.enums.js';

export interface ResearchNeedCriteria {
  statuses: ResearchNeedStatus[];
  search?: string;
  themes?: string[];
  regionCode?: string;
  departmentCode?: string;
  communeCode?: string;
  requesterId?: string;
  toolSlugs?: string[];
  horizons?: ResearchNeedHorizon[];
}

export class ResearchNeedStore {
  readonly repository: Repository<ResearchNeed>;
  /** How the API writes needs: versioned, each change recorded in the subgraph's revisions (revisions.ts). */
  readonly versioned: VersionedTarget<ResearchNeed>;

  constructor(dataSource: DataSource, readonly revisions: RevisionStore) {
    this.repository = dataSource.getRepository(ResearchNeed);
    this.versioned = { dataSource, revisions, entity: ResearchNeed, entityType: RevisionEntityType.RESEARCH_NEED, label: 'ResearchNeed' };
  }

  async byIds(ids: readonly string[]): Promise<ResearchNeed[]> {
    return ids.length ? this.repository.findBy({ id: In([...ids]) }) : [];
  }

  /** The needs that turned into these opportunities. */
  async ofOpportunities(opportunityIds: readonly string[]): Promise<ResearchNeed[]> {
    return opportunityIds.length ? this.repository.findBy({ opportunityId: In([...opportunityIds]) }) : [];
  }

  /** Newest first (best matches first when searching); ties by id, so pages never overlap. */
  async page(criteria: ResearchNeedCriteria, page: PageRequest): Promise<ResearchNeed[]> {
    const query = this.filtered(criteria);
    if (criteria.search) query.orderBy(wordsRank('opportunities', 'n'), 'DESC');
    return query.addOrderBy('n.published_at', 'DESC').addOrderBy('n.id').offset(page.offset).limit(page.limit + 1).getMany();
  }

  async count(criteria: ResearchNeedCriteria): Promise<number> {
    return this.filtered(criteria).getCount();
  }

  private filtered(c: ResearchNeedCriteria): SelectQueryBuilder<ResearchNeed> {
    const q = this.repository.createQueryBuilder('n').where('n.status = ANY(:statuses)', { statuses: c.statuses });
    if (c.themes?.length) q.andWhere('n.themes && CAST(:themes AS text[])', { themes: c.themes });
    if (c.regionCode) q.andWhere('n.region_code = :regionCode', { regionCode: c.regionCode });
    if (c.departmentCode) q.andWhere('n.department_code = :departmentCode', { departmentCode: c.departmentCode });
    if (c.communeCode) q.andWhere('n.commune_code = :communeCode', { communeCode: c.communeCode });
    if (c.requesterId) q.andWhere('n.requester_id = :requesterId', { requesterId: c.requesterId });
    if (c.toolSlugs?.length) q.andWhere('n.tool_slugs && CAST(:toolSlugs AS text[])', { toolSlugs: c.toolSlugs });
    if (c.horizons?.length) q.andWhere('n.horizon = ANY(:horizons)', { horizons: c.horizons });
    if (c.search) q.andWhere(wordsMatch('opportunities', 'n'), { search: c.search });
    return q;
  }
}
