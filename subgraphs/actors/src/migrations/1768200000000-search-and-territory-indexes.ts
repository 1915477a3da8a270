import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a bounded search and for territory lists (benchmark, issue 7: search p95 was 138 ms
 * at 100k actors; a département's first page walked the name index and filtered out 5,000 rows).
 *
 * - `name_key`: the name unaccented, lower-cased, every run of other characters turned into one
 *   space ("Saint-Étienne" → "saint etienne"). Its pattern index serves "names starting with what
 *   was typed", so exact and leading names are always among a search's candidates.
 * - The trigram count of `sort_name`: a name can only be similar enough to a search when their
 *   counts are close, so the typo branch rechecks those names only.
 * - One `(code, sort_name, id)` index per territory level replaces the single-column ones: a
 *   territory's first page by name is then read in order, and its count from the index alone.
 */
export class SearchAndTerritoryIndexes1768200000000 implements MigrationInterface {
  name = 'SearchAndTerritoryIndexes1768200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION actors.name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT btrim(regexp_replace(actors.f_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g')) $$`);
    await db.query(`ALTER TABLE actors.actor ADD COLUMN name_key text GENERATED ALWAYS AS (actors.name_key(name)) STORED`);
    await db.query(`CREATE INDEX actor_name_key_idx ON actors.actor (name_key text_pattern_ops) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX actor_name_trigrams_idx ON actors.actor ((cardinality(public.show_trgm(sort_name)))) WHERE archived_at IS NULL`);
    for (const level of ['region', 'department', 'epci']) {
      await db.query(`DROP INDEX actors.actor_${level}_idx`);
      await db.query(`CREATE INDEX actor_${level}_idx ON actors.actor (${level}_code, sort_name, id) WHERE archived_at IS NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const level of ['region', 'department', 'epci']) {
      await db.query(`DROP INDEX actors.actor_${level}_idx`);
      await db.query(`CREATE INDEX actor_${level}_idx ON actors.actor (${level}_code)`);
    }
    await db.query(`DROP INDEX actors.actor_name_trigrams_idx`);
    await db.query(`DROP INDEX actors.actor_name_key_idx`);
    await db.query(`ALTER TABLE actors.actor DROP COLUMN name_key`);
    await db.query(`DROP FUNCTION actors.name_key(text)`);
  }
}
