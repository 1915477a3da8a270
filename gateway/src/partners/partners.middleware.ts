/**
 * The front of /graphql for partners: which key (if any) a request carries, its CORS answer, its
 * rate limit, and, for a key in allow-list mode, whether the operation is one it may run.
 *
 * CORS policy (the widget relies on it):
 * - without a key: `Access-Control-Allow-Origin: *`, never with credentials (a public read API);
 * - with a key, from a browser: the request's origin echoed (with `Vary: Origin`) only if it is in
 *   the key's list, or the product's own origin; otherwise 403 FORBIDDEN_ORIGIN;
 * - preflights (OPTIONS) are answered here, before anything else runs.
 * Every refusal is a GraphQL-shaped body `{ errors: [{ message, extensions: { code } }] }`.
 */
import { viewerFromAuthorization, type Viewer } from '@ecosystem/common';
import type { Request, RequestHandler, Response } from 'express';
import { isIPv6 } from 'node:net';
import type { PartnerSettings } from '../config.js';
import { sha256 } from '../hash.js';
import { canonicalHash, type ActiveKey, type KeyStore } from './keys.store.js';
import type { RateLimiter } from './rate-limiter.js';

export const API_KEY_HEADER = 'x-api-key';

export const PARTNER_CODES = {
  rateLimited: 'RATE_LIMITED',
  invalidKey: 'INVALID_API_KEY',
  forbiddenOrigin: 'FORBIDDEN_ORIGIN',
  notAllowed: 'PERSISTED_QUERY_NOT_ALLOWED',
} as const;

/** Request headers a cross-origin page may send (Apollo Client's and ours); Authorization is not a credential in the CORS sense. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  API_KEY_HEADER,
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');

function refuse(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/**
 * The IP a rate bucket is counted on. IPv6 callers get a whole /64 (what one subscriber usually
 * has), or anyone could rotate addresses; IPv4-mapped addresses count as IPv4.
 */
export function ipBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Apollo Server's Express integration writes its response headers with setHeader, which would
 * replace the Vary we set (the response cache sets `Vary: Authorization`): on this response, a
 * Vary written later adds to the one already there.
 */
function keepVary(res: Response): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) => {
    if (name.toLowerCase() !== 'vary') return setHeader(name, value);
    const fields = [String(res.getHeader('vary') ?? ''), ...(Array.isArray(value) ? value : [String(value)])]
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const unique = [...new Map(fields.map((f) => [f.toLowerCase(), f])).values()];
    return setHeader('vary', unique.join(', '));
  }) as Response['setHeader'];
}

/** A request sent by a page of this very site (the product's client, the query page). */
function isSameOrigin(req: Request): boolean {
  if (req.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** The secret a request presents: the `x-api-key` header, else `?key=` (script tags cannot set headers). */
function presentedSecret(req: Request): string | undefined {
  const header = req.headers[API_KEY_HEADER];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const query = new URLSearchParams(req.url.split('?')[1] ?? '').get('key');
  return query?.trim() || undefined;
}

/** Keys by secret, trusted for `ttlMs` (unknown secrets too, so that garbage does not hit the database). */
export class KeyCache {
  private readonly entries = new Map<string, { key: ActiveKey | null; until: number }>();

  constructor(
    private readonly store: KeyStore,
    private readonly ttlMs: number,
  ) {}

  async resolve(secret: string): Promise<ActiveKey | null> {
    const id = sha256(secret);
    const now = Date.now();
    const cached = this.entries.get(id);
    if (cached && cached.until > now) return cached.key;
    const key = secret.length <= 200 ? await this.store.findActive(secret) : null;
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(id, { key, until: now + this.ttlMs });
    return key;
  }

  /** After a revocation or an allow-list change on this gateway: effective at once here. */
  clear(): void {
    this.entries.clear();
  }
}

export interface GateOptions {
  keys: KeyCache;
  store: KeyStore;
  limiter: RateLimiter;
  settings: PartnerSettings;
  jwtSecret: string;
}

/** The partner's key of a request that passed the gate (absent without a key). */
export function requestKey(res: Response): ActiveKey | undefined {
  return res.locals.partnerKey as ActiveKey | undefined;
}

/**
 * The viewer of the request's bearer token, verified by the gate when the request carries no key;
 * else verified now. Rejects as viewerFromAuthorization does (UNAUTHENTICATED).
 */
export function verifiedViewer(req: Request, res: Response, jwtSecret: string): Promise<Viewer> {
  return (res.locals.verifiedViewer as Promise<Viewer> | undefined) ?? viewerFromAuthorization(req.headers.authorization, jwtSecret);
}

/** Preflight, key, origin and rate limit: mounted on /graphql before anything else. */
export function partnerGate({ keys, store, limiter, settings, jwtSecret }: GateOptions): RequestHandler {
  const limited = (res: Response, retryAfter: number, who: string) => {
    res.set('retry-after', String(retryAfter));
    refuse(res, 429, PARTNER_CODES.rateLimited, `Trop de requêtes ${who} : réessayez dans ${retryAfter} s. (Too many requests: retry in ${retryAfter} s.)`, { retryAfter });
  };
  return async (req, res, next) => {
    try {
      const origin = req.headers.origin;
      keepVary(res);
      // The answer depends on the key, and, with a key, on the origin: caches must keep them apart.
      res.vary('X-Api-Key');
      if (req.method === 'OPTIONS') {
        // A preflight carries no key value (only the header's name), so it is answered for any
        // origin; the real request is then judged on its key and origin.
        if (origin) {
          res.vary('Origin');
          res.set({
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'GET, POST, OPTIONS',
            'access-control-allow-headers': ALLOWED_HEADERS,
            'access-control-max-age': '600',
          });
        }
        res.set('allow', 'GET, POST, OPTIONS').status(204).end();
        return;
      }
      const ip = ipBucket(req.ip ?? req.socket.remoteAddress ?? 'unknown');
      const secret = presentedSecret(req);
      if (!secret) {
        res.set('access-control-allow-origin', '*');
        // Kept for the API's context (verifiedViewer): the token is verified once per request.
        const verified = viewerFromAuthorization(req.headers.authorization, jwtSecret);
        res.locals.verifiedViewer = verified;
        const viewer = await verified.catch(() => null);
        const [bucket, rate] = viewer?.id
          ? [`user:${viewer.id}`, settings.sitePerMinute]
          : isSameOrigin(req)
            ? [`site:${ip}`, settings.sitePerMinute]
            : [`ip:${ip}`, settings.anonymousPerMinute];
        const decision = await limiter.hit(bucket, rate);
        if (!decision.allowed) return limited(res, decision.retryAfter, 'sans clé d’API, depuis cette adresse');
        return next();
      }
      const key = await keys.resolve(secret);
      if (!key) {
        // Readable by the page that sent it, so its developer sees why.
        res.set('access-control-allow-origin', '*');
        // Guessing keys costs the anonymous rate of the caller's IP.
        const decision = await limiter.hit(`ip:${ip}`, settings.anonymousPerMinute);
        if (!decision.allowed) return limited(res, decision.retryAfter, 'depuis cette adresse');
        return refuse(res, 401, PARTNER_CODES.invalidKey, 'Clé d’API inconnue ou révoquée. (Unknown or revoked API key.)');
      }
      if (origin) {
        res.vary('Origin');
        // Echoed even on a refusal: the partner's page can then read the reason.
        res.set('access-control-allow-origin', origin);
        if (!key.origins.includes(origin) && !isSameOrigin(req)) {
          store.record(key.id, true);
          return refuse(res, 403, PARTNER_CODES.forbiddenOrigin, `L’origine ${origin} n’est pas autorisée pour la clé « ${key.name} ». (Origin not allowed for this API key.)`);
        }
      }
      const decision = await limiter.hit(`key:${key.id}`, key.ratePerMinute);
      if (!decision.allowed) {
        store.record(key.id, true);
        return limited(res, decision.retryAfter, `pour la clé « ${key.name} »`);
      }
      store.record(key.id, false);
      res.locals.partnerKey = key;
      next();
    } catch (error) {
      next(error);
    }
  };
}

interface PersistedQueryExtension {
  persistedQuery?: { sha256Hash?: unknown };
}

/**
 * For a key in allow-list mode, after express.json: only the operations registered for the key run.
 * A client may send the registered hash alone (APQ-style; the text is filled in here) or a text
 * whose printed form is registered. Anything else: 403 PERSISTED_QUERY_NOT_ALLOWED.
 */
export function allowListGuard(store: KeyStore): RequestHandler {
  return (req, res, next) => {
    const key = requestKey(res);
    if (!key || key.mode !== 'allow-list') return next();
    const search = new URLSearchParams(req.url.split('?')[1] ?? '');
    const isGet = req.method === 'GET';
    const body = (isGet ? null : req.body) as { query?: unknown; extensions?: PersistedQueryExtension } | null;
    let extensions: PersistedQueryExtension | undefined = body?.extensions;
    if (isGet && search.get('extensions')) {
      try {
        extensions = JSON.parse(search.get('extensions')!) as PersistedQueryExtension;
      } catch {
        extensions = undefined;
      }
    }
    const query = isGet ? search.get('query') ?? undefined : body?.query;
    const hash = extensions?.persistedQuery?.sha256Hash;
    if (typeof query === 'string' && query) {
      if (key.operations.has(sha256(query))) return next();
      const canonical = canonicalHash(query);
      if (canonical && key.operations.has(canonical)) return next();
    } else if (typeof hash === 'string' && key.operations.has(hash)) {
      const text = key.operations.get(hash)!;
      if (isGet) {
        search.set('query', text);
        req.url = `${req.url.split('?')[0]}?${search.toString()}`;
      } else if (body && typeof body === 'object') {
        body.query = text;
      }
      return next();
    }
    store.record(key.id, true, new Date(), false);
    refuse(
      res,
      403,
      PARTNER_CODES.notAllowed,
      `La clé « ${key.name} » ne peut exécuter que ses opérations enregistrées. (This API key only runs its registered operations.)`,
    );
  };
}
