/**
 * The gateway's HTTP caching and full-response cache, as one Apollo Server plugin:
 * - the overall cache policy of each answer comes from the subgraphs' Cache-Control headers
 *   (their @cacheControl hints), which RemoteGraphQLDataSource folds into it by default;
 * - every answer says how it may be cached: `public, max-age=N` for an anonymous query whose
 *   policy is public and N > 0, `private, no-store` for anything else; `x-cache` says HIT, MISS or
 *   BYPASS;
 * - anonymous public queries are served from, and stored into, the response cache (store.ts),
 *   tagged with the entity types they depend on (tags.ts); a mutation that returns data bumps the
 *   types it touched, which invalidates every entry depending on them, on every replica.
 *
 * Written here rather than with @apollo/server-plugin-response-cache: that plugin keys and expires
 * entries but cannot invalidate them when a mutation goes through, and edits must show at once.
 *
 * `serveHits` answers the hits of plain JSON POSTs before Apollo Server: the same key, the same
 * freshness check, the same bytes and headers, without parsing the document or the entry again
 * (benchmark section 3: a hit cost 0.23 ms of CPU through Apollo's pipeline). It sits after the
 * partner gate, the allow-list and the request guards, so a hit still passes keys and limits.
 */
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { RequestHandler } from 'express';
import Negotiator from 'negotiator';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { createHash } from 'node:crypto';
import type { GatewayContext } from '../gateway.js';
import { sha256 } from '../hash.js';
import { isCurrent, type CacheStore, type CachedEntry } from './store.js';
import { mutationTouches, queryTags, supergraphEntities, type SupergraphEntities } from './tags.js';

/**
 * Marks contexts whose operations must neither read nor fill the shared cache (bulk exports). A
 * symbol property, not a WeakSet: executeOperation shallow-copies the context it is given.
 */
const BYPASS = Symbol('bypassResponseCache');

/** Keeps this context's operations out of the shared response cache. */
export function bypassResponseCache(context: object): void {
  (context as Record<symbol, boolean>)[BYPASS] = true;
}

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS';

export const CACHE_STATUS_HEADER = 'x-cache';

export interface ResponseCachePluginOptions {
  /** Null: no response cache, only the Cache-Control headers. */
  store: CacheStore | null;
  /** An entry is kept at most this long, whatever the policy says (seconds). */
  maxTtlSeconds: number;
  /** Counts hits, misses and stores, for logs and tests. */
  onEvent?: (event: 'hit' | 'miss' | 'store' | 'invalidate' | 'error', detail?: unknown) => void;
}

function isAnonymous(context: GatewayContext): boolean {
  return context.viewer.role === 'anonymous' && !context.authorization;
}

/** One entry per supergraph, operation and variables: what a query's answer depends on for an anonymous viewer. */
function cacheKey(schemaHash: string, queryHash: string, operationName: string | null | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([schemaHash, queryHash, operationName ?? null, variables ?? {}]))
    .digest('base64url');
}

/** What a hit tells HTTP caches: the policy's maxAge less the entry's age. */
function remainingMaxAge(entry: CachedEntry): number {
  return Math.max(1, Math.floor(entry.maxAge - (Date.now() - entry.storedAt) / 1000));
}

const VARY = 'Authorization';
const JSON_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8'];

export interface ResponseCache {
  plugin: ApolloServerPlugin<GatewayContext>;
  /** Express middleware answering warm hits of anonymous JSON POSTs before Apollo Server; else next(). */
  serveHits: RequestHandler;
}

export function responseCache(options: ResponseCachePluginOptions): ResponseCache {
  let schema: GraphQLSchema | undefined;
  let supergraph: SupergraphEntities | undefined;
  let schemaHash = '';
  let tagsOf = new WeakMap<DocumentNode, string[]>();
  const { store, maxTtlSeconds } = options;
  const report = options.onEvent ?? (() => undefined);
  const failed = (error: unknown) => {
    // The cache is an optimisation: a Redis failure is logged and the request goes on uncached.
    console.error(`[response-cache] ${error instanceof Error ? error.message : String(error)}`);
    report('error', error);
  };

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema, coreSupergraphSdl }) {
          // Without a supergraph (not a gateway) nothing can be tagged: the cache stays unused.
          if (!coreSupergraphSdl) return;
          schema = apiSchema;
          supergraph = supergraphEntities(coreSupergraphSdl);
          // A new supergraph may answer the same query differently: its hash is part of every key.
          schemaHash = createHash('sha256').update(coreSupergraphSdl).digest('hex').slice(0, 16);
          tagsOf = new WeakMap();
        },
      };
    },

    async requestDidStart(requestContext) {
      const anonymous = isAnonymous(requestContext.contextValue) && !(requestContext.contextValue as unknown as Record<symbol, boolean>)[BYPASS];
      let status: CacheStatus = 'BYPASS';
      let key: string | null = null;
      let generations: Record<string, number> | null = null;

      return {
        async responseForOperation(rc): Promise<GraphQLResponse | null> {
          if (!store || !schema || !supergraph || !anonymous || rc.operation?.operation !== 'query') return null;
          // The operation name as requested (not as resolved), as serveHits reads it from the body: the
          // document and that name determine the operation run.
          key = cacheKey(schemaHash, rc.queryHash!, rc.request.operationName, rc.request.variables);
          try {
            const entry = await store.get(key);
            if (entry && (await isCurrent(store, entry))) {
              status = 'HIT';
              report('hit');
              rc.overallCachePolicy.replace({ maxAge: remainingMaxAge(entry), scope: 'PUBLIC' });
              return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: JSON.parse(entry.body) } };
            }
            if (entry) await store.delete(key);
            // Tags depend on the document only: Apollo Server reuses a parsed document, so misses with
            // other variables (searches, pages) skip the schema walk.
            let tags = tagsOf.get(rc.document!);
            if (!tags) tagsOf.set(rc.document!, (tags = [...queryTags(schema, supergraph, rc.document!)]));
            // Read before execution: a mutation landing while this query runs makes the entry stale.
            const current = await store.generations(tags);
            generations = Object.fromEntries(tags.map((tag, i) => [tag, current[i]!]));
            status = 'MISS';
            report('miss');
          } catch (error) {
            failed(error);
          }
          return null;
        },

        async willSendResponse(rc) {
          const { response, operation } = rc;
          const single = response.body.kind === 'single' ? response.body.singleResult : null;

          if (store && schema && supergraph && operation?.operation === 'mutation' && single?.data) {
            const touched = mutationTouches(schema, supergraph, operation, single.data);
            if (touched.size > 0) {
              // Awaited: the caller's next read, on any replica, must see its own write.
              await store.bump([...touched]).then(() => report('invalidate', [...touched]), failed);
            }
          }

          const policy = rc.overallCachePolicy.policyIfCacheable();
          const cacheable =
            anonymous && operation?.operation === 'query' && single !== null && !single.errors?.length && policy?.scope === 'PUBLIC' && policy.maxAge > 0;
          const headers = response.http.headers;
          headers.set('cache-control', cacheable ? `public, max-age=${policy!.maxAge}` : 'private, no-store');
          // A CDN must not hand the anonymous answer to a request carrying a token.
          headers.set('vary', [headers.get('vary'), VARY].filter(Boolean).join(', '));
          headers.set(CACHE_STATUS_HEADER, status);

          if (cacheable && status === 'MISS' && store && key && generations) {
            const storedAt = Date.now();
            const entry = { body: JSON.stringify({ data: single.data }), tags: generations, storedAt, maxAge: policy!.maxAge, expiresAt: storedAt + Math.min(policy!.maxAge, maxTtlSeconds) * 1000 };
            await store.set(key, entry).then(() => report('store'), failed);
          }
        },
      };
    },
  };

  const serveHits: RequestHandler = (req, res, next) => {
    // Only what Apollo Server would answer the same way: an anonymous POST of one JSON operation,
    // sent as a query string or as a persisted query's hash alone (a hash with its query is
    // checked by Apollo Server). GET keeps Apollo's CSRF rules and the ETag middleware.
    if (!store || !schemaHash || req.method !== 'POST' || req.headers.authorization !== undefined) return next();
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } } | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const persisted = body.extensions?.persistedQuery;
    const queryHash =
      typeof body.query === 'string' && !persisted
        ? sha256(body.query)
        : body.query === undefined && typeof persisted?.sha256Hash === 'string'
          ? persisted.sha256Hash
          : null;
    const operationName = body.operationName ?? null;
    if (queryHash === null || (operationName !== null && typeof operationName !== 'string')) return next();
    // Apollo Server picks the JSON media type from Accept the same way.
    const contentType = req.headers.accept ? new Negotiator(req).mediaType(JSON_TYPES) : JSON_TYPES[0];
    if (!contentType) return next();
    const key = cacheKey(schemaHash, queryHash, operationName, body.variables);
    const current = async () => {
      const entry = await store.get(key);
      return entry && (await isCurrent(store, entry)) ? entry : null;
    };
    current().then(
      (entry) => {
        if (!entry) return next();
        report('hit');
        res.status(200);
        res.setHeader('content-type', contentType);
        res.setHeader('cache-control', `public, max-age=${remainingMaxAge(entry)}`);
        res.vary(VARY);
        res.setHeader(CACHE_STATUS_HEADER, 'HIT');
        // The bytes Apollo Server sends for `{ data }`: JSON and a newline.
        res.end(`${entry.body}\n`);
      },
      (error: unknown) => {
        // A cache failure is not the request's: Apollo Server answers it (and tries the cache again).
        failed(error);
        next();
      },
    );
  };

  return { plugin, serveHits };
}
