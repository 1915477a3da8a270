/**
 * Identities at OpenID Connect providers linked to local accounts (accounts.oidc_identity): finds
 * the account of an (issuer, subject), or links or creates one at the first sign-in.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { isPlausibleEmail, toUser, type AccountUser, type UserRow } from '../accounts.js';
import { OidcError, type ProviderIdentity } from './provider.js';

/** How the account was found: already linked, linked now by e-mail, or created now. */
export type IdentityOutcome = 'known' | 'linked' | 'created';

type Row = Omit<UserRow, 'password_hash'>;

const COLUMNS = 'u.id, u.email, u.name, u.role, u.territories, u.created_at, u.disabled_at';

export class OidcIdentityStore {
  constructor(
    private readonly dataSource: DataSource,
    /** Whether the provider vouches for its e-mails (OIDC_TRUST_EMAILS), see OidcConfig.trustEmails. */
    private readonly trustEmails: boolean,
  ) {}

  /**
   * The account of this person. At the first sign-in: the local account with the same e-mail when
   * the e-mail can be trusted (the provider says it is verified, or OIDC_TRUST_EMAILS vouches for
   * the provider) and that account has no identity at this provider yet; else a new `member`
   * account without password. An untrusted e-mail that an account already uses is refused rather
   * than linked: linking it would hand that account to whoever typed the address at the provider.
   */
  async signIn(identity: ProviderIdentity): Promise<{ user: AccountUser; outcome: IdentityOutcome }> {
    return this.dataSource.transaction(async (manager) => {
      // Two first sign-ins of the same person at once (two tabs) must not create two accounts.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`oidc:${identity.issuer}:${identity.subject}`]);
      const known: Row[] = await manager.query(
        `SELECT ${COLUMNS} FROM accounts.oidc_identity i JOIN accounts."user" u ON u.id = i.user_id WHERE i.issuer = $1 AND i.subject = $2`,
        [identity.issuer, identity.subject],
      );
      if (known[0]) {
        refuseDisabled(known[0]);
        await this.touch(manager, identity);
        return { user: toUser(known[0]), outcome: 'known' as const };
      }
      const email = identity.email;
      if (!email || !isPlausibleEmail(email)) {
        throw new OidcError('OIDC_EMAIL_MISSING', 'The provider gave no e-mail address: add the "email" scope (OIDC_SCOPES).');
      }
      const existing: Array<Row & { linked: boolean }> = await manager.query(
        `SELECT ${COLUMNS}, EXISTS (SELECT 1 FROM accounts.oidc_identity i WHERE i.user_id = u.id AND i.issuer = $2) AS linked
           FROM accounts."user" u WHERE lower(u.email) = lower($1) FOR UPDATE OF u`,
        [email, identity.issuer],
      );
      const match = existing[0];
      if (match) {
        if (!(identity.emailVerified || this.trustEmails) || match.linked) {
          throw new OidcError('OIDC_EMAIL_TAKEN', `An account already uses ${email} and cannot be joined to this provider identity.`);
        }
        refuseDisabled(match);
        await this.link(manager, identity, match.id);
        return { user: toUser(match), outcome: 'linked' as const };
      }
      const name = (identity.name ?? email.split('@')[0]!).slice(0, 200);
      // New people get the least role; an admin raises it (npm run user -- role …).
      const created: Row[] = await manager.query(
        `INSERT INTO accounts."user" AS u (email, name, role, password_hash) VALUES ($1, $2, 'member', NULL)
         ON CONFLICT ((lower(email))) DO NOTHING RETURNING ${COLUMNS}`,
        [email, name],
      );
      if (!created[0]) throw new OidcError('OIDC_EMAIL_TAKEN', `An account already uses ${email}.`);
      await this.link(manager, identity, created[0].id);
      return { user: toUser(created[0]), outcome: 'created' as const };
    });
  }

  private async link(manager: EntityManager, identity: ProviderIdentity, userId: string): Promise<void> {
    await manager.query(`INSERT INTO accounts.oidc_identity (issuer, subject, user_id, email) VALUES ($1, $2, $3, $4)`, [
      identity.issuer,
      identity.subject,
      userId,
      identity.email ?? null,
    ]);
  }

  private async touch(manager: EntityManager, identity: ProviderIdentity): Promise<void> {
    await manager.query(`UPDATE accounts.oidc_identity SET last_sign_in_at = now(), email = coalesce($3, email) WHERE issuer = $1 AND subject = $2`, [
      identity.issuer,
      identity.subject,
      identity.email ?? null,
    ]);
  }
}

function refuseDisabled(row: Row): void {
  if (row.disabled_at) throw new OidcError('OIDC_ACCOUNT_DISABLED', 'This account is disabled.');
}
