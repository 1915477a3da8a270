import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local accounts and their refresh tokens: the gateway's own schema, read by no subgraph. */
export class Accounts1767225600000 implements MigrationInterface {
  name = 'Accounts1767225600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts."user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email = btrim(email)),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        role text NOT NULL CHECK (role IN ('member', 'editor', 'admin')),
        password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);
    // E-mails compare case-insensitively (citext-like) without the citext extension.
    await db.query(`CREATE UNIQUE INDEX user_email_key ON accounts."user" (lower(email))`);
    await db.query(`
      CREATE TABLE accounts.refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES accounts."user" (id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid REFERENCES accounts.refresh_token (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_token_user_idx ON accounts.refresh_token (user_id) WHERE revoked_at IS NULL`);
    await db.query(`CREATE INDEX refresh_token_replaced_by_idx ON accounts.refresh_token (replaced_by)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts.refresh_token');
    await db.query('DROP TABLE accounts."user"');
  }
}
