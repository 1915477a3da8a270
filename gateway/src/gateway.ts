/**
 * The public front door: the Apollo gateway on the committed static supergraph, serving the API at
 * /graphql and the client at /. It checks the caller's token and passes it on to the subgraphs, and
 * signs local accounts in at /auth (see auth/routes.ts), issuing the same tokens.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { INTERNAL_AUTH_SCHEME, assertInternalSecret, formatError, signInternalRequest, type Viewer } from '@ecosystem/common';
import express from 'express';
import { GraphQLError } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { createAlerts, type Alerts } from './alerts/index.js';
import { AccountStore, MemoryFailureLimiter, RedisFailureLimiter, authRouter, openAccountsDatabase, type FailureLimiter } from './auth/index.js';
import { responseCaching } from './cache/index.js';
import { oidcRouter } from './auth/oidc/index.js';
import type { GatewayConfig } from './config.js';
import { redisClient } from './redis.js';
import { createPartners, verifiedViewer, type Partners } from './partners/index.js';
import { publishRouter } from './publish/index.js';
import { graphiqlPage, widgetScript } from './widget/index.js';
import { protectionPlugin, requestGuards, resolveLimits, subgraphFailure, withSubgraphTimeout } from './protection.js';
import { subgraphFetcher } from './subgraph-fetcher.js';

export interface GatewayContext {
  viewer: Viewer;
  authorization?: string;
}

/**
 * Forwards the caller's bearer token, and nothing else of the incoming request, and signs every
 * request with the internal secret (the subgraphs answer only signed requests). The signature is
 * made in the fetcher, not in willSendRequest: RemoteGraphQLDataSource serialises the body in
 * sendRequest, after willSendRequest (and sends a second, different body with APQ), so only the
 * fetcher sees the exact bytes that go on the wire.
 */
class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly service: string;

  constructor({ url, internalSecret, name, fetcher }: { url: string; internalSecret: string; name: string; fetcher?: RemoteGraphQLDataSource['fetcher'] }) {
    super({ url, ...(fetcher ? { fetcher } : {}) });
    this.service = name;
    assertInternalSecret(internalSecret);
    const send = this.fetcher;
    this.fetcher = (target, init = {}) => send(target, { ...init, headers: { ...init.headers, ...signInternalRequest(internalSecret, init.body) } });
  }

  /** A subgraph down, reset or too slow: SUBGRAPH_UNAVAILABLE naming it (protection.ts), not an internal error. */
  override didEncounterError(error: Error, _request: unknown, response?: { status: number }): void {
    throw subgraphFailure(this.service, error, response?.status);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  /**
   * A subgraph answers 4xx when it refuses a value the gateway cannot judge (a custom scalar such
   * as an impossible Date). Surface its own message and code instead of "400: Bad Request"; the
   * operation itself already passed validation here, so a subgraph validation failure is bad input.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const error = await super.errorFromResponse(response);
    // A subgraph refusing our internal signature is a server misconfiguration (INTERNAL_SECRET
    // differs), not the caller's fault: logged and hidden by formatError as an internal error.
    if (response.status === 401 && response.headers.get('www-authenticate')?.startsWith(INTERNAL_AUTH_SCHEME)) {
      return new GraphQLError(`A subgraph refused the gateway's internal signature (${response.url}): check INTERNAL_SECRET.`, {
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    const body = (error.extensions.response as { body?: { errors?: Array<{ message?: string; extensions?: { code?: string } }> } } | undefined)?.body;
    const first = body?.errors?.[0];
    if (response.status >= 500 || !first?.message) return error;
    const code = first.extensions?.code;
    const mapped = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || !code ? 'BAD_USER_INPUT' : code;
    return new GraphQLError(first.message, { extensions: { code: mapped } });
  }
}

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  /** The local accounts (users, refresh tokens) in the `accounts` schema. */
  accounts: AccountStore;
  /** Failed sign-ins counted per IP and per e-mail. */
  limiter: FailureLimiter;
  /** Partner keys, rate limits and persisted queries (partners/). */
  partners: Partners;
  /** Saved searches and their deliveries (alerts/); `alerts.tick()` runs one round. */
  alerts: Alerts;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const accountsDatabase = await openAccountsDatabase(config.databaseUrl);
  try {
    return await serve(config, supergraphSdl, accountsDatabase.dataSource);
  } catch (error) {
    await accountsDatabase.dataSource.destroy();
    throw error;
  }
}

async function serve(config: GatewayConfig, supergraphSdl: string, accountsDataSource: DataSource): Promise<RunningGateway> {
  const accounts = new AccountStore(accountsDataSource, config.auth?.refreshReuseGraceMs);
  const limits = resolveLimits(config.limits);
  // One fetcher (one keep-alive socket pool) for all subgraphs; see subgraph-fetcher.ts.
  const fetcher = subgraphFetcher(config.subgraphFetcher);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      withSubgraphTimeout(new AuthenticatedDataSource({ name, url: config.subgraphUrls[name] ?? url, internalSecret: config.internalSecret, fetcher }), limits.subgraphTimeoutMs),
  });

  const app = express();
  app.disable('x-powered-by');
  // Off unless TRUST_PROXY says which proxies may set X-Forwarded-For (req.ip feeds the rate limits).
  app.set('trust proxy', config.trustProxy ?? false);
  const partners = createPartners(config, accountsDataSource);
  // Sign-in failures: in Redis when configured, so that every replica counts the same tries.
  const redis = redisClient(config.redisUrl);
  const limiter: FailureLimiter = redis
    ? new RedisFailureLimiter(redis, partners.settings.redisPrefix, config.auth?.failureLimit, config.auth?.failureWindowMs)
    : new MemoryFailureLimiter(config.auth?.failureLimit, config.auth?.failureWindowMs);
  const httpServer = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.headersTimeoutMs }, app);
  // Cache-Control, ETag and the response cache of anonymous public queries (cache/).
  const caching = responseCaching(config.responseCache, config.redisUrl);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    // Introspection stays on: this is a public API meant to be explored.
    introspection: true,
    // The launcher and main.ts own signal handling, to stop things in order.
    stopOnTerminationSignals: false,
    // Batches stay refused (Apollo Server's default): one operation per request, each within the limits.
    allowBatchedHttpRequests: false,
    // APQ, in Redis when REDIS_URL is set; partner keys in allow-list mode are checked before (partners/).
    persistedQueries: partners.persistedQueries,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), protectionPlugin(limits), ...caching.plugins],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const [database, ...checks] = await Promise.all([
      accountsDataSource.query('SELECT 1').then(() => true, () => false),
      ...Object.entries(config.subgraphUrls).map(async ([name, url]) => {
        const ok = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) })
          .then((r) => r.ok)
          .catch(() => false);
        return [name, ok] as const;
      }),
    ]);
    const ready = database && checks.every(([, ok]) => ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database, subgraphs: Object.fromEntries(checks) });
  });
  // Sign-in, session refresh and sign-out (JSON, refresh token in an httpOnly cookie scoped to /auth).
  app.use('/auth', authRouter({ accounts, jwtSecret: config.jwtSecret, limiter }));
  // /auth/config, and sign-in through an OpenID Connect provider (auth/oidc/; 404 unless OIDC_ISSUER is set).
  app.use('/auth', oidcRouter({ config: config.oidc, dataSource: accountsDataSource, accounts, jwtSecret: config.jwtSecret }));
  // Feeds and exports (publish/), answered through the API itself so the same rules apply; an
  // export can be the whole country, so they sit behind the same keys, CORS and rate limits.
  app.use(['/feeds', '/exports'], partners.gate);
  app.use(publishRouter({ apollo, jwtSecret: config.jwtSecret }));
  // The embeddable widget (/widget.js) and, for a browser opening /graphql, GraphiQL (bundled, no CDN).
  app.use(widgetScript(config.clientDir), graphiqlPage(config.clientDir));
  // Partner keys, CORS per key and rate limits before anything on /graphql; the keys' admin API.
  app.use('/graphql', partners.gate);
  app.use('/admin/keys', partners.admin);
  // Saved searches of signed-in people and their own Atom feeds (alerts/); the worker runs in this process.
  const alerts = createAlerts({ apollo, dataSource: accountsDataSource, jwtSecret: config.jwtSecret, settings: config.alerts });
  app.use('/alerts', alerts.router);
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    requestGuards(limits),
    partners.allowList,
    caching.etag,
    caching.serveHits,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        viewer: await verifiedViewer(req, res, config.jwtSecret),
        authorization: req.headers.authorization,
      }),
    }),
  );
  if (existsSync(join(config.clientDir, 'index.html'))) {
    app.use(express.static(config.clientDir, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other GET that wants HTML gets the app.
    app.get(/.*/, (req, res, next) => (req.accepts('html') ? res.sendFile(join(config.clientDir, 'index.html')) : next()));
  } else {
    app.get('/', (_req, res) => {
      res.type('text').send('The client is not built: run `npm run build`. The API is at /graphql.');
    });
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    server: httpServer,
    accounts,
    limiter,
    partners,
    alerts,
    stop: async () => {
      await alerts.stop();
      await apollo.stop();
      await partners.stop();
      await accountsDataSource.destroy();
    },
  };
}
