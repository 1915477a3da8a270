import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Merges of duplicate contacts: `merged_into` points from the archived duplicate to the record that absorbed it. */
export class ContactMerge1768000000002 implements MigrationInterface {
  name = 'ContactMerge1768000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE contacts.contact ADD COLUMN merged_into uuid REFERENCES contacts.contact (id), ADD CHECK (merged_into <> id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE contacts.contact DROP COLUMN merged_into');
  }
}
