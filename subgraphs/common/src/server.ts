/**
 * The HTTP side of a subgraph: Apollo Server on express, with /health and /ready, bound to loopback
 * by default, and a clean shutdown that drains requests before closing the database pool.
 */
import { ApolloServer, type ContextFunction } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';

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
  console.error('[graphql] unexpected error:', original);
  return { message: 'Internal error: the team has been told. Try again later.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface ServeGraphQLOptions<TContext extends object> {
  name: string;
  schema: GraphQLSchema;
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>;
  dataSource: DataSource;
  port: number;
  host?: string;
}

export async function serveGraphQL<TContext extends object>(options: ServeGraphQLOptions<TContext>): Promise<HttpService> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // runSubgraphMain owns signal handling: it drains, then closes the database pool.
    stopOnTerminationSignals: false,
    // Inline traces (ftv1) cost time on every request and nothing reads them here.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled()],
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
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: options.context }));

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
