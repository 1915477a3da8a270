import { PROVENANCE_COLUMNS_SQL, TERRITORY_COLUMNS_SQL, searchFunctionsSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Actors, their partnerships, and the indexes that search, territory and bbox filters use. */
export class Init1732460000000 implements MigrationInterface {
  name = 'Init1732460000000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of searchFunctionsSql('actors')) await db.query(sql);
    // array_to_string is only STABLE; themes are plain text, so this wrapper is safe to mark IMMUTABLE.
    await db.query(`CREATE FUNCTION actors.f_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT array_to_string($1, ' ') $$`);
    await db.query(`
      CREATE TABLE actors.actor (
        id uuid PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('LAB','UNIVERSITY','COLLECTIVITY','ASSOCIATION','SATT','POLE','PUBLIC_BODY','COMPANY')),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        acronym text,
        description text,
        collectivity_level text CHECK (collectivity_level IN ('REGION','DEPARTMENT','EPCI','COMMUNE')),
        themes text[] NOT NULL DEFAULT '{}',
        website text,
        insee text, siren text, rnsr text, uai text, ror text,
        ${TERRITORY_COLUMNS_SQL},
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        location_precision text,
        parent_id uuid REFERENCES actors.actor (id) DEFERRABLE INITIALLY DEFERRED,
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        sort_name text GENERATED ALWAYS AS (actors.f_unaccent(lower(name))) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('actors.french_unaccent', name || ' ' || coalesce(acronym, '')), 'A') ||
          setweight(to_tsvector('actors.french_unaccent', coalesce(actors.f_words(themes), '')), 'B') ||
          setweight(to_tsvector('actors.french_unaccent', coalesce(description, '')), 'C')
        ) STORED,
        CHECK ((kind = 'COLLECTIVITY') = (collectivity_level IS NOT NULL)),
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        CHECK (parent_id <> id)
      )`);
    await db.query(`CREATE INDEX actor_search_idx ON actors.actor USING gin (search_vector)`);
    await db.query(`CREATE INDEX actor_name_trgm_idx ON actors.actor USING gin (sort_name public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX actor_sort_idx ON actors.actor (sort_name, id) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX actor_themes_idx ON actors.actor USING gin (themes)`);
    await db.query(`CREATE INDEX actor_kind_idx ON actors.actor (kind, collectivity_level)`);
    await db.query(`CREATE INDEX actor_region_idx ON actors.actor (region_code)`);
    await db.query(`CREATE INDEX actor_department_idx ON actors.actor (department_code)`);
    await db.query(`CREATE INDEX actor_commune_idx ON actors.actor (commune_code)`);
    await db.query(`CREATE INDEX actor_epci_idx ON actors.actor (epci_code)`);
    await db.query(`CREATE INDEX actor_parent_idx ON actors.actor (parent_id, sort_name)`);
    await db.query(`CREATE INDEX actor_point_idx ON actors.actor USING gist (point(longitude, latitude)) WHERE latitude IS NOT NULL`);
    for (const id of ['siren', 'rnsr', 'uai', 'ror', 'insee']) {
      await db.query(`CREATE INDEX actor_${id}_idx ON actors.actor (${id}) WHERE ${id} IS NOT NULL`);
    }
    await db.query(`
      CREATE TABLE actors.partnership (
        id uuid PRIMARY KEY,
        actor_id uuid NOT NULL REFERENCES actors.actor (id),
        partner_id uuid NOT NULL REFERENCES actors.actor (id),
        tool_slug text NOT NULL,
        intensity smallint NOT NULL CHECK (intensity BETWEEN 1 AND 5),
        started_on date,
        note text,
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- An undirected edge is stored once, its ends in a canonical order.
        CHECK (actor_id < partner_id),
        UNIQUE (actor_id, partner_id, tool_slug)
      )`);
    await db.query(`CREATE INDEX partnership_partner_idx ON actors.partnership (partner_id)`);
    await db.query(`CREATE TABLE actors.seed_runs (name text PRIMARY KEY, version text NOT NULL, completed_at timestamptz NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE actors.seed_runs, actors.partnership, actors.actor');
    await db.query('DROP FUNCTION actors.f_words(text[])');
    await db.query('DROP TEXT SEARCH CONFIGURATION actors.french_unaccent');
    await db.query('DROP FUNCTION actors.f_unaccent(text)');
  }
}
