import { revisionTableSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The contact's version (optimistic locking) and the revisions of this subgraph (journal, history, reverts). */
export class Revisions1767600000002 implements MigrationInterface {
  name = 'Revisions1767600000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE contacts.contact ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0)`);
    for (const sql of revisionTableSql('contacts')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE contacts.revision');
    await db.query('ALTER TABLE contacts.contact DROP COLUMN version');
  }
}
