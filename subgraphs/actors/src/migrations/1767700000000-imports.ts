import { PROVENANCE_COLUMNS_SQL } from '@ecosystem/common';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open-data imports: the journal of import runs (so an interrupted import resumes after its last
 * committed batch), and affiliations, the explicit lab → supervising body relation (RNSR tutelles)
 * beside the single `parent_id` link.
 */
export class Imports1767700000000 implements MigrationInterface {
  name = 'Imports1767700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE actors.import_runs (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        input text NOT NULL,
        fingerprint text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'completed')),
        batch_size integer NOT NULL CHECK (batch_size > 0),
        total_batches integer NOT NULL,
        last_batch integer NOT NULL DEFAULT -1,
        counts jsonb NOT NULL DEFAULT '{}',
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    // At most one unfinished run per source and content: a rerun of the same file resumes it.
    await db.query(`CREATE UNIQUE INDEX import_runs_running_idx ON actors.import_runs (source, fingerprint) WHERE status = 'running'`);
    await db.query(`
      CREATE TABLE actors.affiliation (
        actor_id uuid NOT NULL REFERENCES actors.actor (id) DEFERRABLE INITIALLY DEFERRED,
        organisation_id uuid NOT NULL REFERENCES actors.actor (id) DEFERRABLE INITIALLY DEFERRED,
        role text NOT NULL CHECK (role IN ('SUPERVISOR', 'PARTICIPANT', 'MEMBER')),
        ${PROVENANCE_COLUMNS_SQL},
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, organisation_id),
        CHECK (actor_id <> organisation_id)
      )`);
    await db.query(`CREATE INDEX affiliation_organisation_idx ON actors.affiliation (organisation_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE actors.affiliation, actors.import_runs');
  }
}
