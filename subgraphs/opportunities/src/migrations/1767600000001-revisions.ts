import { revisionTableSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The opportunity's version (optimistic locking) and the revisions of this subgraph (journal, history, reverts). */
export class Revisions1767600000001 implements MigrationInterface {
  name = 'Revisions1767600000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE opportunities.opportunity ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0)`);
    for (const sql of revisionTableSql('opportunities')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE opportunities.revision');
    await db.query('ALTER TABLE opportunities.opportunity DROP COLUMN version');
  }
}
