import { PROVENANCE_COLUMNS_SQL, TERRITORY_COLUMNS_SQL, searchFunctionsSql } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The toolbox, the opportunities, and the indexes their filters use. */
export class Init1732460000001 implements MigrationInterface {
  name = 'Init1732460000001';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of searchFunctionsSql('opportunities')) await db.query(sql);
    await db.query(`CREATE FUNCTION opportunities.f_words(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT array_to_string($1, ' ') $$`);
    await db.query(`
      CREATE TABLE opportunities.partnership_tool (
        slug text PRIMARY KEY CHECK (slug ~ '^[a-z0-9-]+$'),
        family text NOT NULL CHECK (family IN ('UNIVERSITY_TO_TERRITORY','TERRITORY_TO_UNIVERSITY','SKILLS_TRANSFER','BRIDGE')),
        position int NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        objective text NOT NULL,
        intensities smallint[] NOT NULL CHECK (intensities <@ ARRAY[1,2,3,4,5]::smallint[] AND cardinality(intensities) > 0),
        interest_for_collectivity text,
        interest_for_research text,
        process text,
        examples text[] NOT NULL DEFAULT '{}',
        links text[] NOT NULL DEFAULT '{}',
        ${PROVENANCE_COLUMNS_SQL}
      )`);
    await db.query(`
      CREATE TABLE opportunities.opportunity (
        id uuid PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('CIFRE','INTERNSHIP','APPRENTICESHIP','CHAIR','DETACHMENT','SECONDMENT','JOB','CALL_FOR_PROJECTS','EVENT')),
        status text NOT NULL CHECK (status IN ('DRAFT','OPEN','CLOSED','FILLED')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        description text NOT NULL,
        host_id uuid NOT NULL,
        partner_ids uuid[] NOT NULL DEFAULT '{}',
        tool_slug text REFERENCES opportunities.partnership_tool (slug),
        themes text[] NOT NULL DEFAULT '{}',
        ${TERRITORY_COLUMNS_SQL},
        place_name text,
        starts_on date,
        deadline date,
        duration_months smallint CHECK (duration_months BETWEEN 1 AND 120),
        remuneration text,
        contract_type text,
        missions text[] NOT NULL DEFAULT '{}',
        profile text,
        how_to_apply text,
        apply_url text,
        published_at timestamptz NOT NULL DEFAULT now(),
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('opportunities.french_unaccent', title), 'A') ||
          setweight(to_tsvector('opportunities.french_unaccent', coalesce(opportunities.f_words(themes), '')), 'B') ||
          setweight(to_tsvector('opportunities.french_unaccent', description || ' ' || coalesce(opportunities.f_words(missions), '') || ' ' || coalesce(profile, '')), 'C')
        ) STORED
      )`);
    await db.query(`CREATE INDEX opportunity_search_idx ON opportunities.opportunity USING gin (search_vector)`);
    await db.query(`CREATE INDEX opportunity_board_idx ON opportunities.opportunity (deadline, published_at DESC) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX opportunity_host_idx ON opportunities.opportunity (host_id)`);
    await db.query(`CREATE INDEX opportunity_partners_idx ON opportunities.opportunity USING gin (partner_ids)`);
    await db.query(`CREATE INDEX opportunity_tool_idx ON opportunities.opportunity (tool_slug)`);
    await db.query(`CREATE INDEX opportunity_themes_idx ON opportunities.opportunity USING gin (themes)`);
    await db.query(`CREATE INDEX opportunity_kind_idx ON opportunities.opportunity (kind, status)`);
    await db.query(`CREATE INDEX opportunity_department_idx ON opportunities.opportunity (department_code)`);
    await db.query(`CREATE INDEX opportunity_region_idx ON opportunities.opportunity (region_code)`);
    await db.query(`CREATE INDEX opportunity_commune_idx ON opportunities.opportunity (commune_code)`);
    await db.query(`CREATE TABLE opportunities.seed_runs (name text PRIMARY KEY, version text NOT NULL, completed_at timestamptz NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE opportunities.seed_runs, opportunities.opportunity, opportunities.partnership_tool');
    await db.query('DROP FUNCTION opportunities.f_words(text[])');
    await db.query('DROP TEXT SEARCH CONFIGURATION opportunities.french_unaccent');
    await db.query('DROP FUNCTION opportunities.f_unaccent(text)');
  }
}
