import { searchIndexesSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The same bounded search as actors (subgraphs/common/src/search.ts): at 100k contacts, « martin »
 * took 385 ms, the trigram index handing thousands of names to recheck. And `(code, sort_name, id)`
 * indexes for the lists of a département or a région, read in name order.
 */
export class SearchAndTerritoryIndexes1768200000002 implements MigrationInterface {
  name = 'SearchAndTerritoryIndexes1768200000002';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of searchIndexesSql('contacts', 'contact', 'display_name')) await db.query(sql);
    for (const level of ['region', 'department']) {
      await db.query(`DROP INDEX contacts.contact_${level}_idx`);
      await db.query(`CREATE INDEX contact_${level}_idx ON contacts.contact (${level}_code, sort_name, id) WHERE archived_at IS NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const level of ['region', 'department']) {
      await db.query(`DROP INDEX contacts.contact_${level}_idx`);
      await db.query(`CREATE INDEX contact_${level}_idx ON contacts.contact (${level}_code)`);
    }
    await db.query(`ALTER TABLE contacts.contact DROP COLUMN name_key`);
    await db.query(`DROP INDEX contacts.contact_name_trigrams_idx`);
    await db.query(`DROP FUNCTION contacts.name_key(text)`);
  }
}
