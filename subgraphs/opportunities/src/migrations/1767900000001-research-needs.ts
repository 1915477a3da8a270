import { PROVENANCE_COLUMNS_SQL, TERRITORY_COLUMNS_SQL } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Research needs (issue 6, matchmaking): what collectivités would like research to answer. */
export class ResearchNeeds1767900000001 implements MigrationInterface {
  name = 'ResearchNeeds1767900000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE opportunities.research_need (
        id uuid PRIMARY KEY,
        ref text NOT NULL UNIQUE,
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        question text NOT NULL,
        themes text[] NOT NULL DEFAULT '{}',
        erc_panels text[] NOT NULL DEFAULT '{}',
        ${TERRITORY_COLUMNS_SQL},
        requester_id uuid NOT NULL,
        tool_slugs text[] NOT NULL DEFAULT '{}',
        horizon text NOT NULL CHECK (horizon IN ('SHORT_TERM','MEDIUM_TERM','LONG_TERM')),
        status text NOT NULL CHECK (status IN ('OPEN','TURNED_INTO_OPPORTUNITY','CLOSED')),
        opportunity_id uuid REFERENCES opportunities.opportunity (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'TURNED_INTO_OPPORTUNITY') = (opportunity_id IS NOT NULL)),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('opportunities.french_unaccent', title), 'A') ||
          setweight(to_tsvector('opportunities.french_unaccent', coalesce(opportunities.f_words(themes), '')), 'B') ||
          setweight(to_tsvector('opportunities.french_unaccent', question), 'C')
        ) STORED
      )`);
    await db.query(`CREATE INDEX research_need_search_idx ON opportunities.research_need USING gin (search_vector)`);
    await db.query(`CREATE INDEX research_need_themes_idx ON opportunities.research_need USING gin (themes)`);
    await db.query(`CREATE INDEX research_need_list_idx ON opportunities.research_need (published_at DESC, id)`);
    await db.query(`CREATE INDEX research_need_department_idx ON opportunities.research_need (department_code)`);
    await db.query(`CREATE INDEX research_need_region_idx ON opportunities.research_need (region_code)`);
    await db.query(`CREATE INDEX research_need_requester_idx ON opportunities.research_need (requester_id)`);
    await db.query(`CREATE UNIQUE INDEX research_need_opportunity_idx ON opportunities.research_need (opportunity_id) WHERE opportunity_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE opportunities.research_need');
  }
}
