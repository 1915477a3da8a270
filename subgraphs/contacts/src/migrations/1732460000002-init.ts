import { PROVENANCE_COLUMNS_SQL, TERRITORY_COLUMNS_SQL, searchFunctionsSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts and the indexes that search, organisation, territory, theme and role filters use. */
export class Init1732460000002 implements MigrationInterface {
  name = 'Init1732460000002';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of searchFunctionsSql('contacts')) await db.query(sql);
    // array_to_string is only STABLE; themes are plain text, so this wrapper is safe to mark IMMUTABLE.
    await db.query(`CREATE FUNCTION contacts.f_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT array_to_string($1, ' ') $$`);
    // organization_id is an Actor id of the actors subgraph (another schema): no foreign key.
    // organization_kind is that actor's kind when the contact was written, so lists filter on it alone.
    // email and phone are personal data: they stay out of search_vector, so that searching never matches them.
    await db.query(`
      CREATE TABLE contacts.contact (
        id uuid PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
        job_title text,
        roles text[] NOT NULL CHECK (
          roles <@ ARRAY['FACILITATOR','RESEARCHER','DOCTORAL_CANDIDATE','AGENT','ELECTED_OFFICIAL','OTHER']::text[]
          AND cardinality(roles) > 0
        ),
        organization_id uuid,
        organization_kind text CHECK (organization_kind IN ('LAB','UNIVERSITY','COLLECTIVITY','ASSOCIATION','SATT','POLE','PUBLIC_BODY','COMPANY')),
        themes text[] NOT NULL DEFAULT '{}',
        ${TERRITORY_COLUMNS_SQL},
        email text,
        phone text,
        last_verified_on date,
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        sort_name text GENERATED ALWAYS AS (contacts.f_unaccent(lower(display_name))) STORED,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('contacts.french_unaccent', display_name), 'A') ||
          setweight(to_tsvector('contacts.french_unaccent', coalesce(job_title, '') || ' ' || coalesce(contacts.f_words(themes), '')), 'B')
        ) STORED,
        CHECK (organization_kind IS NULL OR organization_id IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX contact_search_idx ON contacts.contact USING gin (search_vector)`);
    await db.query(`CREATE INDEX contact_name_trgm_idx ON contacts.contact USING gin (sort_name public.gin_trgm_ops)`);
    await db.query(`CREATE INDEX contact_sort_idx ON contacts.contact (sort_name, id) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX contact_organization_idx ON contacts.contact (organization_id)`);
    await db.query(`CREATE INDEX contact_department_idx ON contacts.contact (department_code)`);
    await db.query(`CREATE INDEX contact_region_idx ON contacts.contact (region_code)`);
    await db.query(`CREATE INDEX contact_themes_idx ON contacts.contact USING gin (themes)`);
    await db.query(`CREATE INDEX contact_roles_idx ON contacts.contact USING gin (roles)`);
    await db.query(`CREATE TABLE contacts.seed_runs (name text PRIMARY KEY, version text NOT NULL, completed_at timestamptz NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE contacts.seed_runs, contacts.contact');
    await db.query('DROP FUNCTION contacts.f_words(text[])');
    await db.query('DROP TEXT SEARCH CONFIGURATION contacts.french_unaccent');
    await db.query('DROP FUNCTION contacts.f_unaccent(text)');
  }
}
