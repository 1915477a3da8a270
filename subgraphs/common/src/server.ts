/**
 * The HTTP side of a subgraph: Apollo Server on express, with /health and /ready, bound to loopback
 * by default, and a clean shutdown that drains requests before closing the database pool. /graphql
 * answers only requests signed by the gateway (internal-signature.ts); /health and /ready stay open.
 */
import { ApolloServer, type ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable, serviceUnavailable } from './errors.js';
import { viewerCachePolicyPlugin } from './cache-control.js';
import {
  INTERNAL_AUTH_SCHEME,
  INTERNAL_SIGNATURE_HEADER,
  INTERNAL_TIMESTAMP_HEADER,
  assertInternalSecret,
  verifyInternalRequest,
} from './internal-signature.js';

export interface HttpService {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Hides unexpected errors from clients (no stack, no SQL), keeps the expected ones as they are. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  const expected = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  if (expected) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The database restarting or out of reach is not a bug: a clear, retryable code (errors.ts).
  if (isDatabaseUnavailable(original)) {
    logDatabaseDown(original);
    return { ...serviceUnavailable().toJSON(), path: formatted.path };
  }
  console.error('[graphql] unexpected error:', original);
  return { message: 'Internal error: the team has been told. Try again later.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

let databaseDownLoggedAt = 0;
/** One line every 10 s at most while the database is away (each failed request would be one). */
function logDatabaseDown(error: unknown): void {
  if (Date.now() - databaseDownLoggedAt < 10_000) return;
  databaseDownLoggedAt = Date.now();
  console.warn('[graphql] database unavailable:', (error as Error)?.message ?? error);
}

export interface ServeGraphQLOptions<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  dataSource: DataSource;
  port: number;
  host?: string;
  /** Shared with the gateway: every /graphql request must be signed with it (32+ characters). */
  internalSecret: string;
}

/** The exact bytes of each JSON body, kept by express.json's `verify` callback for the signature check. */
const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/**
 * Refuses, with 401 and a GraphQL-shaped error, any request whose internal signature does not match
 * the raw body received. A body express.json did not read (not JSON) never reaches Apollo, so it
 * counts as empty here.
 */
export function requireInternalSignature(secret: string): RequestHandler {
  assertInternalSecret(secret);
  return (req, res, next) => {
    const result = verifyInternalRequest(
      secret,
      { timestamp: req.headers[INTERNAL_TIMESTAMP_HEADER], signature: req.headers[INTERNAL_SIGNATURE_HEADER] },
      rawBodies.get(req),
    );
    if (result.ok) return next();
    res
      .status(401)
      .set('www-authenticate', INTERNAL_AUTH_SCHEME)
      .json({
        errors: [
          {
            message: `This service only answers the gateway: the request's internal signature is ${result.reason === 'missing' ? 'missing' : result.reason === 'expired' || result.reason === 'future' ? 'out of date' : 'not valid'}.`,
            extensions: { code: 'UNAUTHENTICATED' },
          },
        ],
      });
  };
}

export async function serveGraphQL<TContext extends object>(options: ServeGraphQLOptions<TContext>): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  // The gateway keeps its connections open between requests. Node closes idle ones after 5 s by
  // default, which races with a request the gateway is sending on that socket (ECONNRESET): keep
  // them longer than any client-side idle timeout instead.
  const httpServer = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // runSubgraphMain owns signal handling: it drains, then closes the database pool.
    stopOnTerminationSignals: false,
    // Inline traces (ftv1) cost time on every request and nothing reads them here.
    // viewerCachePolicyPlugin: an answer to a signed-in viewer is never cacheable by a shared cache.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), viewerCachePolicyPlugin()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: options.name, reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb', verify: (req, _res, buf) => void rawBodies.set(req, buf) }),
    requireInternalSignature(options.internalSecret),
    expressMiddleware(apollo, { context: options.context }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    server: httpServer,
    close: async () => {
      await apollo.stop();
    },
  };
}
