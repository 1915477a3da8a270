/** All SQL about partnerships. */
import { type DataSource, type Repository } from 'typeorm';
import { PartnershipRow } from './partnership.entity.js';

export class PartnershipStore {
  readonly repository: Repository<PartnershipRow>;

  constructor(dataSource: DataSource) {
    this.repository = dataSource.getRepository(PartnershipRow);
  }

  /** Every partnership touching any of `actorIds`, with both ends live. One statement. */
  async touching(actorIds: readonly string[]): Promise<PartnershipRow[]> {
    if (!actorIds.length) return [];
    return this.repository
      .createQueryBuilder('p')
      .where('(p.actor_id = ANY(:ids) OR p.partner_id = ANY(:ids))', { ids: [...actorIds] })
      .andWhere(`NOT EXISTS (SELECT 1 FROM actors.actor x WHERE x.id IN (p.actor_id, p.partner_id) AND x.archived_at IS NOT NULL)`)
      .orderBy('p.intensity', 'DESC')
      .addOrderBy('p.started_on', 'DESC', 'NULLS LAST')
      .addOrderBy('p.id')
      .getMany();
  }
}
