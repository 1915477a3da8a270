import { proposalTableSql, verificationColumnsSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contributions and moderation: who verified each opportunity and when, members' proposals, and revisions crediting a proposer. */
export class Proposals1767800000001 implements MigrationInterface {
  name = 'Proposals1767800000001';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of verificationColumnsSql('opportunities.opportunity')) await db.query(sql);
    for (const sql of proposalTableSql('opportunities')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE opportunities.proposal');
    await db.query('ALTER TABLE opportunities.revision DROP COLUMN proposal_id, DROP COLUMN proposer_id, DROP COLUMN proposer_name, DROP COLUMN proposer_role');
    await db.query('ALTER TABLE opportunities.opportunity DROP COLUMN verified_at, DROP COLUMN verified_by_id, DROP COLUMN verified_by_name');
  }
}
