import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner API keys (only the SHA-256 of the secret and a short visible prefix are kept), their
 * usage counters, and the operations an allow-list key may run (by SHA-256 of the printed text).
 */
export class PartnerKeys1767400000000 implements MigrationInterface {
  name = 'PartnerKeys1767400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        prefix text NOT NULL CHECK (prefix ~ '^eco_[A-Za-z0-9_-]{8}$'),
        secret_hash text NOT NULL UNIQUE CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        origins text[] NOT NULL DEFAULT '{}' CHECK (array_position(origins, NULL) IS NULL),
        rate_per_minute integer NOT NULL CHECK (rate_per_minute BETWEEN 1 AND 1000000),
        mode text NOT NULL DEFAULT 'open' CHECK (mode IN ('open', 'allow-list')),
        request_count bigint NOT NULL DEFAULT 0 CHECK (request_count >= 0),
        rejection_count bigint NOT NULL DEFAULT 0 CHECK (rejection_count >= 0),
        last_used_at timestamptz,
        created_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE accounts.api_key_operation (
        key_id uuid NOT NULL REFERENCES accounts.api_key (id) ON DELETE CASCADE,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        name text,
        query text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (key_id, sha256)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts.api_key_operation');
    await db.query('DROP TABLE accounts.api_key');
  }
}
