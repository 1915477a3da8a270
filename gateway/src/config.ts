/** Gateway configuration, read once from the environment. */
import { envInt, envOptional, envString } from '@ecosystem/common';
import { resolve } from 'node:path';

export interface GatewayConfig {
  port: number;
  host: string;
  jwtSecret: string;
  /** Signs every request to the subgraphs (INTERNAL_SECRET, 32+ characters, shared with them). */
  internalSecret: string;
  /** PostgreSQL holding the gateway's `accounts` schema (the same database as the subgraphs'). */
  databaseUrl: string;
  /** Sign-in limits; defaults: 10 failures per IP or e-mail per 15 minutes. */
  auth?: { failureLimit?: number; failureWindowMs?: number; refreshReuseGraceMs?: number };
  supergraphPath: string;
  clientDir: string;
  /** Subgraph name → URL; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Limits of the public endpoint (see protection.ts); each one missing takes its default. */
  limits?: Partial<ProtectionLimits>;
}

/** What one request to /graphql may ask for; every refusal is a GraphQL error with a stable code. */
export interface ProtectionLimits {
  /** Nesting of fields, fragments counted (the client's deepest operation: 8). */
  maxDepth: number;
  /** Aliased fields in one operation (the client's most: 3). */
  maxAliases: number;
  /** Lexical tokens of the query text (the client's longest operation: 252). */
  maxTokens: number;
  /** Directives in one operation (the client's most: 2). */
  maxDirectives: number;
  /**
   * graphql-armor's cost (object 2, scalar 1, ×1.5 per level, ×`first`/`last`, variables included);
   * the client's heaviest operation, the network page's territory query, costs 2,107,359.
   */
  maxCost: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Milliseconds the gateway waits for one subgraph answer. */
  subgraphTimeoutMs: number;
  /** Milliseconds a client may take to send its request headers, then its whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const DEFAULT_LIMITS: ProtectionLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 50,
  maxCost: 5_000_000,
  maxBodyBytes: 100 * 1024,
  subgraphTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
};

export function subgraphPorts(gatewayPort: number) {
  return { actors: gatewayPort + 1, opportunities: gatewayPort + 2, contacts: gatewayPort + 3 };
}

export function readGatewayConfig(): GatewayConfig {
  const port = envInt('PORT', 4000);
  const ports = subgraphPorts(port);
  return {
    port,
    host: envOptional('HOST') ?? '0.0.0.0',
    jwtSecret: envString('JWT_SECRET'),
    internalSecret: envString('INTERNAL_SECRET'),
    databaseUrl: envString('DATABASE_URL'),
    supergraphPath: envOptional('SUPERGRAPH_PATH') ?? resolve(__dirname, '../../schema/supergraph.graphql'),
    clientDir: envOptional('CLIENT_DIR') ?? resolve(__dirname, '../../client/dist'),
    subgraphUrls: {
      actors: envOptional('ACTORS_URL') ?? `http://127.0.0.1:${ports.actors}/graphql`,
      opportunities: envOptional('OPPORTUNITIES_URL') ?? `http://127.0.0.1:${ports.opportunities}/graphql`,
      contacts: envOptional('CONTACTS_URL') ?? `http://127.0.0.1:${ports.contacts}/graphql`,
    },
    limits: {
      maxDepth: envInt('GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth),
      maxAliases: envInt('GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases),
      maxTokens: envInt('GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens),
      maxDirectives: envInt('GRAPHQL_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives),
      maxCost: envInt('GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost),
      maxBodyBytes: envInt('GRAPHQL_MAX_BODY', DEFAULT_LIMITS.maxBodyBytes),
      subgraphTimeoutMs: envInt('SUBGRAPH_TIMEOUT_MS', DEFAULT_LIMITS.subgraphTimeoutMs),
    },
  };
}
