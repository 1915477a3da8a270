/** All SQL about opportunities and toolbox tools. Each method is one statement. */
import { RevisionEntityType, RevisionStore, wordsMatch, wordsRank, type PageRequest, type VersionedTarget } from '@ecosystem/common';
import { type DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import { PartnershipTool } from '../tool/tool.entity.js';
import { Opportunity } from './opportunity.entity.js';
import type { OpportunityKind, OpportunityStatus, ToolFamily } from './opportunity.enums.js';

export interface OpportunityCriteria {
  kinds?: OpportunityKind[];
  statuses: OpportunityStatus[];
  search?: string;
  themes?: string[];
  regionCode?: string;
  departmentCode?: string;
  communeCode?: string;
  hostId?: string;
  toolSlugs?: string[];
  deadlineAfter?: string;
  deadlineBefore?: string;
}

export class OpportunityStore {
  readonly repository: Repository<Opportunity>;
  readonly tools: Repository<PartnershipTool>;
  /** This subgraph's revisions. */
  readonly revisions: RevisionStore;
  /** How the API writes opportunities: versioned, each change recorded in the same transaction (revisions.ts). */
  readonly versioned: VersionedTarget<Opportunity>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(Opportunity);
    this.tools = dataSource.getRepository(PartnershipTool);
    this.revisions = new RevisionStore(dataSource, 'opportunities');
    this.versioned = { dataSource, revisions: this.revisions, entity: Opportunity, entityType: RevisionEntityType.OPPORTUNITY, label: 'Opportunity', verifiable: true };
  }

  async byIds(ids: readonly string[]): Promise<Opportunity[]> {
    return ids.length ? this.repository.findBy({ id: In([...ids]) }) : [];
  }

  /** Live opportunities hosted by, or partnered with, any of `actorIds`. */
  async ofActors(actorIds: readonly string[], statuses: OpportunityStatus[]): Promise<Opportunity[]> {
    if (!actorIds.length) return [];
    return this.board(
      this.repository
        .createQueryBuilder('o')
        .where('o.archived_at IS NULL')
        .andWhere('o.status = ANY(:statuses)', { statuses })
        .andWhere('(o.host_id = ANY(:ids) OR o.partner_ids && CAST(:ids AS uuid[]))', { ids: [...actorIds] }),
    ).getMany();
  }

  async ofTools(slugs: readonly string[], statuses: OpportunityStatus[]): Promise<Opportunity[]> {
    if (!slugs.length) return [];
    return this.board(
      this.repository
        .createQueryBuilder('o')
        .where('o.archived_at IS NULL')
        .andWhere('o.status = ANY(:statuses)', { statuses })
        .andWhere('o.tool_slug = ANY(:slugs)', { slugs: [...slugs] }),
    ).getMany();
  }

  async page(criteria: OpportunityCriteria, page: PageRequest): Promise<Opportunity[]> {
    const query = this.filtered(criteria);
    if (criteria.search) {
      query.orderBy(wordsRank('opportunities', 'o'), 'DESC');
    }
    return this.board(query).offset(page.offset).limit(page.limit + 1).getMany();
  }

  async countsByDepartment(criteria: OpportunityCriteria): Promise<Array<{ code: string; count: number }>> {
    return this.filtered(criteria)
      .select('o.department_code', 'code')
      .addSelect('count(*)::int', 'count')
      .andWhere('o.department_code IS NOT NULL')
      .groupBy('o.department_code')
      .orderBy('o.department_code')
      .getRawMany();
  }

  async count(criteria: OpportunityCriteria): Promise<number> {
    return this.filtered(criteria).getCount();
  }

  async toolsBySlugs(slugs: readonly string[]): Promise<PartnershipTool[]> {
    return slugs.length ? this.tools.findBy({ slug: In([...slugs]) }) : [];
  }

  async allTools(family?: ToolFamily, intensity?: number): Promise<PartnershipTool[]> {
    const query = this.tools.createQueryBuilder('t').orderBy('t.position');
    if (family) query.andWhere('t.family = :family', { family });
    if (intensity) query.andWhere(':intensity = ANY(t.intensities)', { intensity });
    return query.getMany();
  }

  /** Closing soonest first, then those without a deadline, newest first. */
  private board(query: SelectQueryBuilder<Opportunity>): SelectQueryBuilder<Opportunity> {
    return query.addOrderBy('o.deadline', 'ASC', 'NULLS LAST').addOrderBy('o.published_at', 'DESC').addOrderBy('o.id');
  }

  private filtered(c: OpportunityCriteria): SelectQueryBuilder<Opportunity> {
    const q = this.repository.createQueryBuilder('o').where('o.archived_at IS NULL').andWhere('o.status = ANY(:statuses)', { statuses: c.statuses });
    if (c.kinds?.length) q.andWhere('o.kind = ANY(:kinds)', { kinds: c.kinds });
    if (c.themes?.length) q.andWhere('o.themes && CAST(:themes AS text[])', { themes: c.themes });
    if (c.regionCode) q.andWhere('o.region_code = :regionCode', { regionCode: c.regionCode });
    if (c.departmentCode) q.andWhere('o.department_code = :departmentCode', { departmentCode: c.departmentCode });
    if (c.communeCode) q.andWhere('o.commune_code = :communeCode', { communeCode: c.communeCode });
    if (c.hostId) q.andWhere('o.host_id = :hostId', { hostId: c.hostId });
    if (c.toolSlugs?.length) q.andWhere('o.tool_slug = ANY(:toolSlugs)', { toolSlugs: c.toolSlugs });
    if (c.deadlineAfter) q.andWhere('(o.deadline IS NULL OR o.deadline >= :deadlineAfter)', { deadlineAfter: c.deadlineAfter });
    if (c.deadlineBefore) q.andWhere('o.deadline <= :deadlineBefore', { deadlineBefore: c.deadlineBefore });
    if (c.search) q.andWhere(wordsMatch('opportunities', 'o'), { search: c.search });
    return q;
  }
}
