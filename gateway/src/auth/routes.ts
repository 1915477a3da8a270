/**
 * The sign-in endpoints, mounted at /auth on the gateway (same origin as the client):
 *   POST /auth/login   { email, password } → { accessToken, expiresAt, user } + refresh cookie
 *   POST /auth/refresh (cookie)           → the same, with a new refresh cookie (rotation)
 *   POST /auth/logout  (cookie)           → 204, the refresh token revoked and the cookie cleared
 * Access tokens are the same HS256 JWTs the subgraphs verify, valid 15 minutes; they carry the
 * account's territories (read afresh at each login and refresh).
 */
import { SESSION_HINT_COOKIE, mintToken } from '@ecosystem/common';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { REFRESH_TOKEN_LIFETIME_MS, normalizeEmail, type AccountStore, type AccountUser } from './accounts.js';
import { MAX_PASSWORD_LENGTH } from './passwords.js';
import type { FailureLimiter } from './rate-limit.js';

export const REFRESH_COOKIE = 'ecosystem_refresh';
export const ACCESS_TOKEN_LIFETIME = '15m';

export interface AuthRoutesOptions {
  accounts: AccountStore;
  jwtSecret: string;
  limiter: FailureLimiter;
}

type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

const WRONG_CREDENTIALS = 'E-mail ou mot de passe incorrect.';
const SESSION_ENDED = 'Session expirée ou fermée : reconnectez-vous.';

/** The refresh token of the request's Cookie header. */
export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() !== name) continue;
    const value = part.slice(index + 1).trim();
    try {
      return decodeURIComponent(value) || null;
    } catch {
      return null;
    }
  }
  return null;
}

export function isHttps(req: Request): boolean {
  // X-Forwarded-Proto is not trusted for anything else: it can only make the cookie stricter.
  return req.secure || String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim() === 'https';
}

function cookieOptions(req: Request) {
  return { httpOnly: true, sameSite: 'strict' as const, path: '/auth', secure: isHttps(req) };
}

/** The script-readable companion of the refresh cookie: "1", no secret (common/session-cookie.ts). */
function hintOptions(req: Request) {
  return { httpOnly: false, sameSite: 'strict' as const, path: '/', secure: isHttps(req) };
}

/** Sets the refresh cookie of a new session (also after an OpenID Connect sign-in, oidc/routes.ts). */
export function setRefreshCookie(req: Request, res: Response, token: string): void {
  res.cookie(REFRESH_COOKIE, token, { ...cookieOptions(req), maxAge: REFRESH_TOKEN_LIFETIME_MS });
  res.cookie(SESSION_HINT_COOKIE, '1', { ...hintOptions(req), maxAge: REFRESH_TOKEN_LIFETIME_MS });
}

export function clearRefreshCookie(req: Request, res: Response): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(req));
  res.clearCookie(SESSION_HINT_COOKIE, hintOptions(req));
}

/** The `exp` claim of a token we just signed. */
function expiryOf(token: string): Date {
  const payload = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number };
  return new Date(payload.exp * 1000);
}

async function session(user: AccountUser, jwtSecret: string) {
  const accessToken = await mintToken(
    { sub: user.id, role: user.role, name: user.name, territories: user.territories, expiresIn: ACCESS_TOKEN_LIFETIME },
    jwtSecret,
  );
  return {
    accessToken,
    expiresAt: expiryOf(accessToken).toISOString(),
    user: { id: user.id, name: user.name, email: user.email, role: user.role, territories: user.territories },
  };
}

function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

export function authRouter({ accounts, jwtSecret, limiter }: AuthRoutesOptions): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.use(express.json({ limit: '10kb' }));

  router.post('/login', async (req, res, next) => {
    try {
      const body = req.body as { email?: unknown; password?: unknown } | undefined;
      const email = typeof body?.email === 'string' ? normalizeEmail(body.email) : '';
      const password = body?.password;
      if (!email || email.length > 254 || typeof password !== 'string' || !password || password.length > MAX_PASSWORD_LENGTH) {
        return fail(res, 400, 'BAD_USER_INPUT', 'Envoyez un objet JSON { "email": "…", "password": "…" }.');
      }
      const keys = [`ip:${clientIp(req)}`, `email:${email.toLowerCase()}`];
      const wait = Math.max(...(await Promise.all(keys.map((key) => limiter.retryAfter(key)))));
      if (wait > 0) {
        res.set('retry-after', String(wait));
        return fail(res, 429, 'RATE_LIMITED', `Trop de tentatives de connexion. Réessayez dans ${Math.ceil(wait / 60)} min.`);
      }
      const result = await accounts.authenticate(email, password);
      if (result.status === 'invalid') {
        await Promise.all(keys.map((key) => limiter.fail(key)));
        return fail(res, 401, 'UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      // Said only to someone who knows the password.
      if (result.status === 'disabled') return fail(res, 401, 'UNAUTHENTICATED', 'Ce compte est désactivé.');
      await limiter.clear(keys[1]!);
      const refresh = await accounts.issueRefreshToken(result.user.id);
      setRefreshCookie(req, res, refresh.token);
      res.json(await session(result.user, jwtSecret));
    } catch (error) {
      next(error);
    }
  });

  router.post('/refresh', async (req, res, next) => {
    try {
      const token = readCookie(req, REFRESH_COOKIE);
      if (!token) return fail(res, 401, 'UNAUTHENTICATED', 'Aucune session ouverte.');
      const result = await accounts.rotateRefreshToken(token);
      if (result.status === 'invalid' || result.status === 'reused') {
        clearRefreshCookie(req, res);
        return fail(res, 401, 'UNAUTHENTICATED', SESSION_ENDED);
      }
      if (result.status === 'rotated') setRefreshCookie(req, res, result.token);
      res.json(await session(result.user, jwtSecret));
    } catch (error) {
      next(error);
    }
  });

  router.post('/logout', async (req, res, next) => {
    try {
      const token = readCookie(req, REFRESH_COOKIE);
      if (token) await accounts.revokeRefreshToken(token);
      clearRefreshCookie(req, res);
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return fail(res, 413, 'BAD_USER_INPUT', 'Requête trop volumineuse.');
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return fail(res, 400, 'BAD_USER_INPUT', 'Le corps de la requête doit être du JSON valide.');
    }
    console.error('[gateway] /auth failed:', error instanceof Error ? error.message : error);
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne : réessayez plus tard.');
  };
  router.use(errors);
  return router;
}
