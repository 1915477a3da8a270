import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identities at OpenID Connect providers (ProConnect…) linked to local accounts, keyed by the
 * provider's (issuer, subject); an account signing in only through a provider has no password.
 */
export class OidcIdentities1767500000000 implements MigrationInterface {
  name = 'OidcIdentities1767500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE accounts."user" ALTER COLUMN password_hash DROP NOT NULL`);
    await db.query(`
      CREATE TABLE accounts.oidc_identity (
        issuer text NOT NULL CHECK (issuer ~ '^https?://'),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        user_id uuid NOT NULL REFERENCES accounts."user" (id) ON DELETE CASCADE,
        -- The e-mail the provider gave at the last sign-in (the account's own may differ).
        email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject)
      )`);
    // One identity per provider and account: a second subject with the same e-mail is another person.
    await db.query(`CREATE UNIQUE INDEX oidc_identity_user_issuer_key ON accounts.oidc_identity (user_id, issuer)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts.oidc_identity');
    await db.query(`DELETE FROM accounts."user" WHERE password_hash IS NULL`);
    await db.query(`ALTER TABLE accounts."user" ALTER COLUMN password_hash SET NOT NULL`);
  }
}
