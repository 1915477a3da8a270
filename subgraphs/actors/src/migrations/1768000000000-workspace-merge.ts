import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facilitators' priority targets (one private list per account) and merges of duplicate actors:
 * `merged_into` points from the archived duplicate to the record that absorbed it.
 */
export class WorkspaceMerge1768000000000 implements MigrationInterface {
  name = 'WorkspaceMerge1768000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE actors.actor ADD COLUMN merged_into uuid REFERENCES actors.actor (id), ADD CHECK (merged_into <> id)`);
    await db.query(`CREATE INDEX actor_merged_into_idx ON actors.actor (merged_into) WHERE merged_into IS NOT NULL`);
    await db.query(`
      CREATE TABLE actors.workspace_target (
        id uuid PRIMARY KEY,
        -- The account's token subject: accounts live in the gateway, so no foreign key.
        owner_id text NOT NULL,
        actor_id uuid NOT NULL REFERENCES actors.actor (id),
        current_intensity smallint NOT NULL CHECK (current_intensity BETWEEN 0 AND 5),
        aimed_intensity smallint NOT NULL CHECK (aimed_intensity BETWEEN 1 AND 5),
        notes text,
        due_on date,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (owner_id, actor_id)
      )`);
    await db.query(`CREATE INDEX workspace_target_actor_idx ON actors.workspace_target (actor_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE actors.workspace_target');
    await db.query('ALTER TABLE actors.actor DROP COLUMN merged_into');
  }
}
