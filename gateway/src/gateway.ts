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
import { INTERNAL_AUTH_SCHEME, assertInternalSecret, formatError, signInternalRequest, viewerFromAuthorization, type Viewer } from '@ecosystem/common';
import express from 'express';
import { GraphQLError } from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { AccountStore, FailureLimiter, authRouter, openAccountsDatabase } from './auth/index.js';
import type { GatewayConfig } from './config.js';
import { EXPLORER_HTML } from './explorer.js';
import { publishRouter } from './publish/index.js';
import { protectionPlugin, requestGuards, resolveLimits, withSubgraphTimeout } from './protection.js';

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
  constructor({ url, internalSecret }: { url: string; internalSecret: string }) {
    super({ url });
    assertInternalSecret(internalSecret);
    const send = this.fetcher;
    this.fetcher = (target, init = {}) => send(target, { ...init, headers: { ...init.headers, ...signInternalRequest(internalSecret, init.body) } });
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
  const limiter = new FailureLimiter(config.auth?.failureLimit, config.auth?.failureWindowMs);
  const limits = resolveLimits(config.limits);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      withSubgraphTimeout(new AuthenticatedDataSource({ url: config.subgraphUrls[name] ?? url, internalSecret: config.internalSecret }), limits.subgraphTimeoutMs),
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.headersTimeoutMs }, app);
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
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), protectionPlugin(limits)],
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
  // Feeds and exports (publish/), answered through the API itself so the same rules apply.
  app.use(publishRouter({ apollo, jwtSecret: config.jwtSecret }));
  // A browser opening /graphql gets a small local query page (no CDN), API clients get GraphQL.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(EXPLORER_HTML);
  });
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes }),
    requestGuards(limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        viewer: await viewerFromAuthorization(req.headers.authorization, config.jwtSecret),
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
    stop: async () => {
      await apollo.stop();
      await accountsDataSource.destroy();
    },
  };
}
