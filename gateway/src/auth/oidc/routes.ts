/**
 * Sign-in through an OpenID Connect provider (ProConnect…), mounted at /auth next to the local sign-in:
 *   GET  /auth/config          → { oidc: { label, loginPath } | null }: what the sign-in page offers
 *   GET  /auth/oidc/login      ?retour=/path → 302 to the provider (state, nonce, PKCE in an encrypted cookie)
 *   GET  /auth/oidc/callback   → the same refresh cookie as a password sign-in, then 303 to `retour`;
 *                                any failure 303 to /connexion?erreur=<CODE>, never a stack
 *   POST /auth/oidc/logout     → revokes our session, then 303 to the provider's end_session_endpoint
 *                                (id_token_hint), or { redirect } when asked for JSON
 * Without OIDC_ISSUER the /auth/oidc routes answer 404.
 */
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose';
import { hkdfSync } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { REFRESH_TOKEN_LIFETIME_MS, type AccountStore } from '../accounts.js';
import { REFRESH_COOKIE, clearRefreshCookie, isHttps, readCookie, setRefreshCookie } from '../routes.js';
import type { OidcConfig } from './config.js';
import { OidcIdentityStore } from './identities.js';
import { OidcError, OidcProvider, type Transaction } from './provider.js';

/** One cookie per sign-in under way (named after its state), so that two tabs do not overwrite each other. */
const TRANSACTION_COOKIE = 'ecosystem_oidc_tx_';
const TRANSACTION_LIFETIME_S = 600;
/** The ID token of the session, kept (encrypted) for the provider's logout (id_token_hint). */
export const OIDC_SESSION_COOKIE = 'ecosystem_oidc_session';
const STATE = /^[A-Za-z0-9_-]{32,128}$/;
export const SIGN_IN_PAGE = '/connexion';

export interface OidcRoutesOptions {
  /** Undefined: the feature is off. */
  config?: OidcConfig;
  dataSource: DataSource;
  accounts: AccountStore;
  jwtSecret: string;
}

/** A path of this site to return to; anything else (another host, a scheme, /auth itself) becomes "/". */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (/[\u0000-\u001f\u007f]/.test(value) || value.length > 2000 || value.startsWith('/auth/')) return '/';
  return value;
}

function cookieKey(jwtSecret: string): Uint8Array {
  // A key of its own, derived from the product secret: these cookies are encrypted, not just signed
  // (the ID token names the person, and PKCE's verifier must stay with the browser that started).
  return new Uint8Array(hkdfSync('sha256', jwtSecret, 'ecosystem-oidc', 'oidc cookie encryption', 32));
}

export function oidcRouter({ config, dataSource, accounts, jwtSecret }: OidcRoutesOptions): Router {
  const router = express.Router();
  router.get('/config', (_req, res) => {
    res.set('cache-control', 'no-store');
    res.json({ oidc: config ? { label: config.label, loginPath: '/auth/oidc/login' } : null });
  });
  if (!config) {
    router.use('/oidc', (_req, res) => {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'OpenID Connect sign-in is not configured on this server (OIDC_ISSUER).' } });
    });
    return router;
  }

  const provider = new OidcProvider(config);
  const identities = new OidcIdentityStore(dataSource, config.trustEmails);
  const key = cookieKey(jwtSecret);
  const seal = (payload: JWTPayload, lifetimeS: number) =>
    new EncryptJWT(payload).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).setIssuedAt().setExpirationTime(`${lifetimeS}s`).encrypt(key);
  const unseal = async <T>(token: string | null): Promise<T | null> => {
    if (!token) return null;
    try {
      return (await jwtDecrypt(token, key, { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] })).payload as T;
    } catch {
      return null;
    }
  };
  const origin = (req: Request) => `${isHttps(req) ? 'https' : 'http'}://${req.get('host')}`;
  // Behind a proxy, set OIDC_REDIRECT_URI: the Host header is only good enough for development
  // (and a forged one merely fails at the provider, which checks the registered redirect URI).
  const redirectUri = (req: Request) => config.redirectUri ?? `${origin(req)}/auth/oidc/callback`;
  const postLogoutUri = (req: Request) => config.postLogoutRedirectUri ?? (config.redirectUri ? new URL('/', config.redirectUri).toString() : `${origin(req)}/`);
  const transactionCookie = (req: Request) => ({ httpOnly: true, secure: isHttps(req), path: '/auth/oidc/callback', sameSite: 'lax' as const });
  const sessionCookie = (req: Request) => ({ httpOnly: true, secure: isHttps(req), path: '/auth/oidc', sameSite: 'strict' as const });

  const failed = (res: Response, error: unknown, returnTo = '/') => {
    const code = error instanceof OidcError ? error.code : 'OIDC_UNAVAILABLE';
    console.warn(`[gateway] OpenID Connect sign-in refused (${code}):`, error instanceof Error ? error.message : error);
    const query = new URLSearchParams({ erreur: code });
    if (returnTo !== '/') query.set('retour', returnTo);
    res.redirect(303, `${SIGN_IN_PAGE}?${query}`);
  };

  router.get('/oidc/login', async (req, res) => {
    const returnTo = safeReturnTo(req.query.retour);
    try {
      const { url, transaction } = await provider.authorization(redirectUri(req), returnTo);
      res.cookie(TRANSACTION_COOKIE + transaction.state, await seal({ ...transaction }, TRANSACTION_LIFETIME_S), {
        ...transactionCookie(req),
        // Lax, not Strict: the provider's redirect back is a cross-site navigation.
        maxAge: TRANSACTION_LIFETIME_S * 1000,
      });
      res.redirect(302, url);
    } catch (error) {
      failed(res, error, returnTo);
    }
  });

  router.get('/oidc/callback', async (req, res) => {
    const state = typeof req.query.state === 'string' && STATE.test(req.query.state) ? req.query.state : null;
    const transaction = state ? await unseal<Transaction>(readCookie(req, TRANSACTION_COOKIE + state)) : null;
    // A transaction serves once: replaying the callback URL finds no cookie.
    if (state) res.clearCookie(TRANSACTION_COOKIE + state, transactionCookie(req));
    try {
      if (!transaction || transaction.state !== state) {
        throw new OidcError('OIDC_STATE', 'The callback does not match a sign-in started in this browser (state missing, unknown or expired).');
      }
      // RFC 9207: when the provider names itself in the response, it must be the one we sent the person to.
      if (req.query.iss !== undefined && req.query.iss !== config.issuer) {
        throw new OidcError('OIDC_PROVIDER_ERROR', `The response comes from issuer "${String(req.query.iss)}".`);
      }
      if (req.query.error !== undefined) {
        const error = String(req.query.error);
        const description = typeof req.query.error_description === 'string' ? `: ${req.query.error_description.slice(0, 300)}` : '';
        throw new OidcError(error === 'access_denied' ? 'OIDC_ACCESS_DENIED' : 'OIDC_PROVIDER_ERROR', `The provider answered ${error.slice(0, 100)}${description}.`);
      }
      const code = typeof req.query.code === 'string' && req.query.code ? req.query.code : null;
      if (!code) throw new OidcError('OIDC_PROVIDER_ERROR', 'The provider sent neither a code nor an error.');
      const identity = await provider.complete(code, transaction);
      const { user } = await identities.signIn(identity);
      const refresh = await accounts.issueRefreshToken(user.id);
      setRefreshCookie(req, res, refresh.token);
      res.cookie(OIDC_SESSION_COOKIE, await seal({ idToken: identity.idToken }, REFRESH_TOKEN_LIFETIME_MS / 1000), {
        ...sessionCookie(req),
        maxAge: REFRESH_TOKEN_LIFETIME_MS,
      });
      // The client restores the session from the refresh cookie (POST /auth/refresh) when the page loads.
      res.redirect(303, transaction.returnTo);
    } catch (error) {
      failed(res, error, transaction?.returnTo);
    }
  });

  router.post('/oidc/logout', async (req, res, next) => {
    try {
      const refresh = readCookie(req, REFRESH_COOKIE);
      const sealed = readCookie(req, OIDC_SESSION_COOKIE);
      // Both cookies are SameSite=Strict: a cross-site form posting here carries neither and changes nothing.
      if (refresh) {
        await accounts.revokeRefreshToken(refresh);
        clearRefreshCookie(req, res);
      }
      if (sealed) res.clearCookie(OIDC_SESSION_COOKIE, sessionCookie(req));
      const idToken = (await unseal<{ idToken?: string }>(sealed))?.idToken;
      const target = idToken ? await provider.endSessionUrl(idToken, postLogoutUri(req)) : null;
      if (req.accepts(['html', 'json']) === 'json') return void res.json({ redirect: target });
      res.redirect(303, target ?? '/');
    } catch (error) {
      next(error);
    }
  });
  router.use(((error, _req, res, _next) => {
    console.error('[gateway] /auth/oidc failed:', error instanceof Error ? error.message : error);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Erreur interne : réessayez plus tard.' } });
  }) as ErrorRequestHandler);
  return router;
}
