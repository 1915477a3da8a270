import { searchIndexesSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for a bounded search and for territory lists (benchmark, issue 7: search p95 was 138 ms
 * at 100k actors; a département's first page walked the name index and filtered out 5,000 rows).
 * - `name_key` and the trigram count of `sort_name`, for the search (subgraphs/common/src/search.ts).
 * - One `(code, sort_name, id)` index per territory level replaces the single-column ones: a
 *   territory's first page is then read in order, and its count from the index alone.
 * - The map's point index covers what `actorLocations` returns, so a viewport is read from the
 *   index alone (at 100k: 15 buffers instead of 211, 0.24 ms instead of 6 ms cold).
 */
export class SearchAndTerritoryIndexes1768200000000 implements MigrationInterface {
  name = 'SearchAndTerritoryIndexes1768200000000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of searchIndexesSql('actors', 'actor', 'name')) await db.query(sql);
    for (const level of ['region', 'department', 'epci']) {
      await db.query(`DROP INDEX actors.actor_${level}_idx`);
      await db.query(`CREATE INDEX actor_${level}_idx ON actors.actor (${level}_code, sort_name, id) WHERE archived_at IS NULL`);
    }
    await db.query(`DROP INDEX actors.actor_point_idx`);
    await db.query(`CREATE INDEX actor_point_idx ON actors.actor USING gist (point(longitude, latitude))
                    INCLUDE (id, kind, collectivity_level, name, latitude, longitude) WHERE latitude IS NOT NULL AND archived_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX actors.actor_point_idx`);
    await db.query(`CREATE INDEX actor_point_idx ON actors.actor USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL`);
    for (const level of ['region', 'department', 'epci']) {
      await db.query(`DROP INDEX actors.actor_${level}_idx`);
      await db.query(`CREATE INDEX actor_${level}_idx ON actors.actor (${level}_code)`);
    }
    await db.query(`ALTER TABLE actors.actor DROP COLUMN name_key`);
    await db.query(`DROP INDEX actors.actor_name_trigrams_idx`);
    await db.query(`DROP FUNCTION actors.name_key(text)`);
  }
}
