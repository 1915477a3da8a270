import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Matchmaking (issue 6): whether a lab says it is open to partnerships with collectivités and
 * public services (null: not said), which the suggestions for research needs boost or filter on;
 * and each actor's ERC panel codes, read from the `erc <code> <title>` themes the RNSR importer
 * writes, kept as a generated column so that ranking compares short arrays (indexed) instead of
 * running a regular expression over every theme of every candidate.
 */
export class PartnershipOpenness1767900000000 implements MigrationInterface {
  name = 'PartnershipOpenness1767900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE actors.actor ADD COLUMN open_to_partnerships boolean`);
    await db.query(`
      CREATE FUNCTION actors.f_erc_panels(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT coalesce(array_agg(DISTINCT upper(m[1]) ORDER BY upper(m[1])), '{}')
        FROM unnest($1) AS t, regexp_match(t, '^erc (pe(?:[1-9]|1[01])|ls[1-9]|sh[1-8])\\y') AS m
      $$`);
    await db.query(`ALTER TABLE actors.actor ADD COLUMN erc_panel_codes text[] GENERATED ALWAYS AS (actors.f_erc_panels(themes)) STORED`);
    await db.query(`CREATE INDEX actor_erc_panel_codes_idx ON actors.actor USING gin (erc_panel_codes)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE actors.actor DROP COLUMN erc_panel_codes, DROP COLUMN open_to_partnerships');
    await db.query('DROP FUNCTION actors.f_erc_panels(text[])');
  }
}
