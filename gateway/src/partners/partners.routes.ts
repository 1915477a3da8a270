/**
 * The admin API of partner keys, REST JSON at /admin/keys (admins only: role `admin` in the bearer JWT):
 *   GET  /admin/keys                       → { keys: [PartnerKey] }
 *   POST /admin/keys  { name, origins, ratePerMinute?, mode?, operations? }
 *                                          → 201 { key, secret }   (the secret is shown this once)
 *   POST /admin/keys/:id/revoke            → { key }
 *   GET  /admin/keys/:id/operations        → { operations: [{ sha256, name, query }] }
 *   POST /admin/keys/:id/operations { document } → { key, operations }   (adds to the allow-list)
 * REST rather than GraphQL: keys are the gateway's own state, not part of the federated graph, and
 * admin types must not appear in the public schema partners introspect. Errors are shaped as /auth's:
 * `{ error: { code, message, field? } }`.
 */
import { viewerFromAuthorization } from '@ecosystem/common';
import express, { type ErrorRequestHandler, type Response, type Router } from 'express';
import { KeyInputError, operationsOf, type AllowedOperation, type KeyMode, type KeyStore, type PartnerKey } from './keys.store.js';

type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

function fail(res: Response, status: number, code: ErrorCode, message: string, field?: string): void {
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

export function keyJson(key: PartnerKey) {
  return {
    ...key,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    createdAt: key.createdAt.toISOString(),
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export interface AdminRoutesOptions {
  store: KeyStore;
  jwtSecret: string;
  /** The rate a key gets when none is given. */
  defaultRatePerMinute: number;
  /** Called after a change that the request path caches (revocation, allow-list). */
  changed(): void;
  /** Writes the pending usage counters, so that a list shows them up to date. */
  flush(): Promise<void>;
}

export function adminKeysRouter({ store, jwtSecret, defaultRatePerMinute, changed, flush }: AdminRoutesOptions): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });
  router.use(async (req, res, next) => {
    try {
      const viewer = await viewerFromAuthorization(req.headers.authorization, jwtSecret).catch(() => null);
      if (!viewer || viewer.role === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', 'Connectez-vous en administrateur. (Sign in as an admin.)');
      if (viewer.role !== 'admin') return fail(res, 403, 'FORBIDDEN', 'Réservé aux administrateurs. (Admins only.)');
      res.locals.adminName = viewer.name ?? viewer.id;
      next();
    } catch (error) {
      next(error);
    }
  });
  router.use(express.json({ limit: '512kb' }));

  router.get('/', async (_req, res, next) => {
    try {
      await flush().catch(() => undefined);
      res.json({ keys: (await store.list()).map(keyJson) });
    } catch (error) {
      next(error);
    }
  });

  router.post('/', async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as { name?: unknown; origins?: unknown; ratePerMinute?: unknown; mode?: unknown; operations?: unknown };
      if (body.origins !== undefined && (!Array.isArray(body.origins) || !body.origins.every((o) => typeof o === 'string'))) {
        return fail(res, 400, 'BAD_USER_INPUT', 'Les origines sont une liste de textes (https://exemple.fr).', 'origins');
      }
      const operations: AllowedOperation[] = typeof body.operations === 'string' && body.operations.trim() ? operationsOf(body.operations) : [];
      const created = await store.create(
        {
          name: typeof body.name === 'string' ? body.name : '',
          origins: (body.origins as string[] | undefined) ?? [],
          ratePerMinute: body.ratePerMinute === undefined || body.ratePerMinute === null ? defaultRatePerMinute : (body.ratePerMinute as number),
          mode: (body.mode as KeyMode | undefined) ?? (operations.length ? 'allow-list' : 'open'),
          createdBy: res.locals.adminName as string,
        },
        operations,
      );
      res.status(201).json({ key: keyJson(created.key), secret: created.secret });
    } catch (error) {
      next(error);
    }
  });

  router.post('/:id/revoke', async (req, res, next) => {
    try {
      const key = await store.revoke(req.params.id!);
      if (!key) return fail(res, 404, 'NOT_FOUND', 'Aucune clé n’a cet identifiant. (No such key.)', 'id');
      changed();
      res.json({ key: keyJson(key) });
    } catch (error) {
      next(error);
    }
  });

  router.get('/:id/operations', async (req, res, next) => {
    try {
      if (!(await store.get(req.params.id!))) return fail(res, 404, 'NOT_FOUND', 'Aucune clé n’a cet identifiant. (No such key.)', 'id');
      res.json({ operations: await store.operations(req.params.id!) });
    } catch (error) {
      next(error);
    }
  });

  router.post('/:id/operations', async (req, res, next) => {
    try {
      const document = (req.body as { document?: unknown } | undefined)?.document;
      if (typeof document !== 'string' || !document.trim()) return fail(res, 400, 'BAD_USER_INPUT', 'Envoyez { "document": "query … { … }" }.', 'operations');
      const operations = operationsOf(document);
      const key = await store.allow(req.params.id!, operations);
      if (!key) return fail(res, 404, 'NOT_FOUND', 'Aucune clé n’a cet identifiant. (No such key.)', 'id');
      changed();
      res.json({ key: keyJson(key), operations: operations.map(({ sha256, name }) => ({ sha256, name })) });
    } catch (error) {
      next(error);
    }
  });

  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    if (error instanceof KeyInputError) return fail(res, 400, 'BAD_USER_INPUT', error.message, error.field);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return fail(res, 400, 'BAD_USER_INPUT', 'Requête trop volumineuse.');
    if (type === 'entity.parse.failed') return fail(res, 400, 'BAD_USER_INPUT', 'Le corps de la requête doit être du JSON valide.');
    console.error('[gateway] /admin/keys failed:', error instanceof Error ? error.message : error);
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne : réessayez plus tard.');
  };
  router.use(errors);
  return router;
}
