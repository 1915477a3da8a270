import { proposalTableSql, verificationColumnsSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contributions and moderation: who verified each actor and when, members' proposals, and revisions crediting a proposer. */
export class Proposals1767800000000 implements MigrationInterface {
  name = 'Proposals1767800000000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of verificationColumnsSql('actors.actor')) await db.query(sql);
    for (const sql of proposalTableSql('actors')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE actors.proposal');
    await db.query('ALTER TABLE actors.revision DROP COLUMN proposal_id, DROP COLUMN proposer_id, DROP COLUMN proposer_name, DROP COLUMN proposer_role');
    await db.query('ALTER TABLE actors.actor DROP COLUMN verified_at, DROP COLUMN verified_by_id, DROP COLUMN verified_by_name');
  }
}
