import { revisionTableSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The actor's version (optimistic locking) and the revisions of this subgraph (journal, history, reverts). */
export class Revisions1767600000000 implements MigrationInterface {
  name = 'Revisions1767600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE actors.actor ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0)`);
    for (const sql of revisionTableSql('actors')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE actors.revision');
    await db.query('ALTER TABLE actors.actor DROP COLUMN version');
  }
}
