/**
 * Local accounts: users with argon2id password hashes, and rotating refresh tokens (only their
 * SHA-256 is stored). Every write goes through here: the HTTP routes, the CLI and the tests.
 */
import { ROLES, checkTerritoryGrants, type Role } from '@ecosystem/common';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../hash.js';
import type { DataSource } from 'typeorm';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, hashPassword, verifyDummy, verifyPassword } from './passwords.js';

export const REFRESH_TOKEN_LIFETIME_MS = 30 * 24 * 3600 * 1000;
/**
 * A rotated refresh token presented again within this delay, while its replacement is still live,
 * is a benign race (two tabs, or two requests refreshing at once): it gets an access token but no
 * new refresh token. Later, or once the replacement is itself used, it counts as a theft.
 */
export const DEFAULT_REFRESH_REUSE_GRACE_MS = 10_000;

export interface AccountUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The territories the account edits (`region:84`, `departement:42`); see requireEditorFor. */
  territories: string[];
  createdAt: Date;
  disabledAt: Date | null;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  /** `region:<code>` or `departement:<code>` entries; none by default (an editor then edits nothing). */
  territories?: readonly string[];
}

/** A refused account input, naming the field. */
export class AccountInputError extends Error {
  constructor(
    readonly field: 'email' | 'name' | 'role' | 'password' | 'territories',
    message: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim();
}

export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

export type LoginResult = { status: 'ok'; user: AccountUser } | { status: 'invalid' } | { status: 'disabled' };

export type RefreshResult =
  | { status: 'rotated'; user: AccountUser; token: string; expiresAt: Date }
  /** A benign concurrent reuse: an access token, but keep the cookie the first request set. */
  | { status: 'grace'; user: AccountUser }
  | { status: 'invalid' }
  /** A revoked token came back: the whole chain it started is now revoked. */
  | { status: 'reused' };

/** A row of accounts."user" as the SQL of this module and of oidc/identities.ts reads it. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  territories: string[];
  created_at: Date;
  disabled_at: Date | null;
  /** Null for an account that signs in only through OpenID Connect. */
  password_hash: string | null;
}

const USER_COLUMNS = 'id, email, name, role, territories, created_at, disabled_at';

export function toUser(row: Omit<UserRow, 'password_hash'>): AccountUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role, territories: row.territories ?? [], createdAt: row.created_at, disabledAt: row.disabled_at };
}


/** Checked and normalised territory grants, or an AccountInputError naming every bad entry. */
export function checkTerritories(values: readonly string[] | undefined): string[] {
  const { grants, problems } = checkTerritoryGrants(values ?? []);
  if (problems.length) throw new AccountInputError('territories', problems.join(' '));
  return grants;
}

export class AccountStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly refreshReuseGraceMs = DEFAULT_REFRESH_REUSE_GRACE_MS,
  ) {}

  async createUser(input: NewUser): Promise<AccountUser> {
    const email = normalizeEmail(input.email ?? '');
    const name = (input.name ?? '').trim();
    if (!isPlausibleEmail(email)) throw new AccountInputError('email', `"${input.email}" is not an e-mail address.`);
    if (!name || name.length > 200) throw new AccountInputError('name', 'The name must have 1 to 200 characters.');
    if (!ROLES.includes(input.role)) throw new AccountInputError('role', `The role must be one of ${ROLES.join(', ')}.`);
    if (typeof input.password !== 'string' || [...input.password].length < MIN_PASSWORD_LENGTH) {
      throw new AccountInputError('password', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
    }
    if (input.password.length > MAX_PASSWORD_LENGTH) throw new AccountInputError('password', `The password must have at most ${MAX_PASSWORD_LENGTH} characters.`);
    const territories = checkTerritories(input.territories);
    const passwordHash = await hashPassword(input.password);
    const rows: UserRow[] = await this.dataSource.query(
      `INSERT INTO accounts."user" (email, name, role, password_hash, territories) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING ${USER_COLUMNS}`,
      [email, name, input.role, passwordHash, territories],
    );
    if (!rows[0]) throw new AccountInputError('email', `An account already exists for ${email}.`);
    return toUser(rows[0]);
  }

  async listUsers(): Promise<AccountUser[]> {
    const rows: UserRow[] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM accounts."user" ORDER BY created_at, email`);
    return rows.map(toUser);
  }

  async countUsers(): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM accounts."user"`);
    return row.n;
  }

  async findByEmail(email: string): Promise<AccountUser | null> {
    const rows: UserRow[] = await this.dataSource.query(`SELECT ${USER_COLUMNS} FROM accounts."user" WHERE lower(email) = lower($1)`, [normalizeEmail(email)]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  /**
   * Replaces the account's territories (checked against the official map). Null when no account has
   * that e-mail. Tokens already issued keep the old ones until they expire (15 minutes at most).
   */
  async setTerritories(email: string, territories: readonly string[]): Promise<AccountUser | null> {
    const grants = checkTerritories(territories);
    const [rows]: [UserRow[], number] = await this.dataSource.query(
      `UPDATE accounts."user" SET territories = $2 WHERE lower(email) = lower($1) RETURNING ${USER_COLUMNS}`,
      [normalizeEmail(email), grants],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /**
   * Changes the account's role (e.g. a member who signed in with ProConnect becomes an editor). Null
   * when no account has that e-mail. Like territories, it reaches tokens at the next refresh.
   */
  async setRole(email: string, role: Role): Promise<AccountUser | null> {
    if (!ROLES.includes(role)) throw new AccountInputError('role', `The role must be one of ${ROLES.join(', ')}.`);
    const [rows]: [UserRow[], number] = await this.dataSource.query(
      `UPDATE accounts."user" SET role = $2 WHERE lower(email) = lower($1) RETURNING ${USER_COLUMNS}`,
      [normalizeEmail(email), role],
    );
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** Disables the account and revokes its refresh tokens. Null when no account has that e-mail. */
  async disableUser(email: string): Promise<AccountUser | null> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows]: [UserRow[], number] = await manager.query(
        `UPDATE accounts."user" SET disabled_at = coalesce(disabled_at, now()) WHERE lower(email) = lower($1) RETURNING ${USER_COLUMNS}`,
        [normalizeEmail(email)],
      );
      if (!rows[0]) return null;
      await manager.query(`UPDATE accounts.refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [rows[0].id]);
      return toUser(rows[0]);
    });
  }

  /** Checks a password; an unknown e-mail costs a dummy verification, so both answers take as long. */
  async authenticate(email: string, password: string): Promise<LoginResult> {
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, password_hash FROM accounts."user" WHERE lower(email) = lower($1)`,
      [normalizeEmail(email)],
    );
    const row = rows[0];
    // An account made by an OpenID Connect sign-in has no password: it signs in only there.
    if (!row?.password_hash) {
      await verifyDummy(password);
      return { status: 'invalid' };
    }
    if (!(await verifyPassword(row.password_hash, password))) return { status: 'invalid' };
    if (row.disabled_at) return { status: 'disabled' };
    return { status: 'ok', user: toUser(row) };
  }

  async issueRefreshToken(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + REFRESH_TOKEN_LIFETIME_MS);
    await this.dataSource.query(`INSERT INTO accounts.refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, sha256(token), expiresAt]);
    return { token, expiresAt };
  }

  /** Exchanges a refresh token for a new one (rotation), detecting the reuse of revoked ones. */
  async rotateRefreshToken(token: string): Promise<RefreshResult> {
    return this.dataSource.transaction(async (manager) => {
      // Locks the token: a concurrent refresh with the same token waits here, then sees it revoked.
      const rows: Array<UserRow & { token_id: string; expired: boolean; revoked_at: Date | null; replaced_by: string | null; in_grace: boolean }> =
        await manager.query(
          `SELECT t.id AS token_id, t.expires_at <= now() AS expired, t.revoked_at, t.replaced_by,
                  t.revoked_at > now() - make_interval(secs => $2::double precision / 1000) AS in_grace,
                  u.id, u.email, u.name, u.role, u.territories, u.created_at, u.disabled_at
             FROM accounts.refresh_token t JOIN accounts."user" u ON u.id = t.user_id
            WHERE t.token_hash = $1
            FOR UPDATE OF t`,
          [sha256(token), this.refreshReuseGraceMs],
        );
      const row = rows[0];
      if (!row) return { status: 'invalid' };
      if (row.revoked_at) {
        if (row.replaced_by && row.in_grace && !row.disabled_at) {
          // A statement of its own, so that it sees the replacement a concurrent refresh just committed.
          const [replacement] = await manager.query(
            `SELECT revoked_at IS NULL AND expires_at > now() AS live FROM accounts.refresh_token WHERE id = $1`,
            [row.replaced_by],
          );
          if (replacement?.live) return { status: 'grace', user: toUser(row) };
        }
        await manager.query(
          `WITH RECURSIVE chain AS (
             SELECT id, replaced_by FROM accounts.refresh_token WHERE id = $1
             UNION
             SELECT r.id, r.replaced_by FROM accounts.refresh_token r JOIN chain c ON r.id = c.replaced_by
           )
           UPDATE accounts.refresh_token SET revoked_at = now() WHERE id IN (SELECT id FROM chain) AND revoked_at IS NULL`,
          [row.token_id],
        );
        return { status: 'reused' };
      }
      if (row.expired) return { status: 'invalid' };
      if (row.disabled_at) {
        await manager.query(`UPDATE accounts.refresh_token SET revoked_at = now() WHERE id = $1`, [row.token_id]);
        return { status: 'invalid' };
      }
      const next = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + REFRESH_TOKEN_LIFETIME_MS);
      const [inserted] = await manager.query(
        `INSERT INTO accounts.refresh_token (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`,
        [row.id, sha256(next), expiresAt],
      );
      await manager.query(`UPDATE accounts.refresh_token SET revoked_at = now(), replaced_by = $2 WHERE id = $1`, [row.token_id, inserted.id]);
      return { status: 'rotated', user: toUser(row), token: next, expiresAt };
    });
  }

  /** Revokes one refresh token (sign-out); unknown or already revoked tokens are ignored. */
  async revokeRefreshToken(token: string): Promise<void> {
    await this.dataSource.query(`UPDATE accounts.refresh_token SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [sha256(token)]);
  }
}
