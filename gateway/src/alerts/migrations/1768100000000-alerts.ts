import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches ("alerts") of signed-in people, what each one has already seen, and the
 * transactional outbox of their deliveries (webhook, e-mail) with every attempt.
 */
export class Alerts1768100000000 implements MigrationInterface {
  name = 'Alerts1768100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE accounts.alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The token subject of the owner (a local or OIDC account, or a minted token's subject).
        owner_id text NOT NULL CHECK (length(owner_id) BETWEEN 1 AND 200),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        subject text NOT NULL CHECK (subject IN ('opportunities', 'researchNeeds')),
        filter jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filter) = 'object'),
        -- The secret part of the alert's own Atom feed URL (a capability: whoever has it reads the feed).
        feed_token text NOT NULL UNIQUE CHECK (feed_token ~ '^[A-Za-z0-9_-]{32,}$'),
        webhook_url text CHECK (webhook_url ~ '^https?://'),
        webhook_secret text,
        -- The owner's account address when e-mail delivery is on; null when off.
        email_to text,
        -- Items changed after (watermark - overlap) are candidates on the next run.
        watermark timestamptz NOT NULL,
        last_run_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL))
      )`);
    await db.query(`CREATE INDEX alert_owner_idx ON accounts.alert (owner_id, created_at)`);
    await db.query(`
      CREATE TABLE accounts.alert_item (
        alert_id uuid NOT NULL REFERENCES accounts.alert (id) ON DELETE CASCADE,
        item_id text NOT NULL,
        -- Matched when the alert was created: known, never delivered.
        baseline boolean NOT NULL,
        item_updated_at timestamptz NOT NULL,
        -- The item as the public API showed it when it became new (null for the baseline).
        record jsonb,
        found_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, item_id)
      )`);
    await db.query(`CREATE INDEX alert_item_feed_idx ON accounts.alert_item (alert_id, found_at DESC) WHERE NOT baseline`);
    await db.query(`
      CREATE TABLE accounts.alert_delivery (
        -- Also the idempotency key receivers see (Idempotency-Key header, e-mail Message-ID).
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        alert_id uuid NOT NULL REFERENCES accounts.alert (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('webhook', 'email')),
        target text NOT NULL,
        payload jsonb NOT NULL,
        test boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX alert_delivery_due_idx ON accounts.alert_delivery (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX alert_delivery_alert_idx ON accounts.alert_delivery (alert_id, created_at DESC)`);
    await db.query(`
      CREATE TABLE accounts.alert_attempt (
        delivery_id uuid NOT NULL REFERENCES accounts.alert_delivery (id) ON DELETE CASCADE,
        attempt integer NOT NULL CHECK (attempt >= 1),
        started_at timestamptz NOT NULL,
        duration_ms integer NOT NULL CHECK (duration_ms >= 0),
        ok boolean NOT NULL,
        status_code integer,
        error text,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts.alert_attempt');
    await db.query('DROP TABLE accounts.alert_delivery');
    await db.query('DROP TABLE accounts.alert_item');
    await db.query('DROP TABLE accounts.alert');
  }
}
