import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The territories an editor edits: grants such as `region:84` or `departement:42` (checked against
 * the official map by the AccountStore; the form is checked here too). Empty: the account edits
 * nothing, unless it is an admin.
 */
export class AccountTerritories1767312000000 implements MigrationInterface {
  name = 'AccountTerritories1767312000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts."user" ADD COLUMN territories text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE accounts."user" ADD CONSTRAINT user_territories_form
        CHECK (array_position(territories, NULL) IS NULL
           AND array_to_string(territories, ',') ~ '^((region|departement):[0-9AB]{2,3}(,|$))*$')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts."user" DROP COLUMN territories`);
  }
}
