/** Gateway configuration, read once from the environment. */
import { envEnum, envInt, envOptional, envString } from '@ecosystem/common';
import { resolve } from 'node:path';
import { readOidcConfig, type OidcConfig } from './auth/oidc/config.js';
import { readAlertSettings, type AlertSettings } from './alerts/alerts.settings.js';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './cache/options.js';
import type { SubgraphFetcherKind } from './subgraph-fetcher.js';

export interface GatewayConfig {
  port: number;
  host: string;
  jwtSecret: string;
  /** Signs every request to the subgraphs (INTERNAL_SECRET, 32+ characters, shared with them). */
  internalSecret: string;
  /** PostgreSQL holding the gateway's `accounts` schema (the same database as the subgraphs'). */
  databaseUrl: string;
  /** Optional Redis (REDIS_URL) for state shared between gateway replicas; in memory when unset. */
  redisUrl?: string;
  /** Response cache of anonymous public queries (cache/); off when absent. */
  responseCache?: Partial<ResponseCacheOptions>;
  /** Sign-in limits; defaults: 10 failures per IP or e-mail per 15 minutes. */
  auth?: { failureLimit?: number; failureWindowMs?: number; refreshReuseGraceMs?: number };
  supergraphPath: string;
  clientDir: string;
  /** Subgraph name → URL; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Limits of the public endpoint (see protection.ts); each one missing takes its default. */
  limits?: Partial<ProtectionLimits>;
  /** Optional sign-in through an OpenID Connect provider such as ProConnect (OIDC_*); off when undefined. */
  oidc?: OidcConfig;
  /** Partner keys, request rate limits and CORS (see partners/); each one missing takes its default. */
  partners?: Partial<PartnerSettings>;
  /** How the gateway calls the subgraphs (subgraph-fetcher.ts); its default when absent. */
  subgraphFetcher?: SubgraphFetcherKind;
  /** Express `trust proxy` (TRUST_PROXY): off by default, so a client cannot pick its IP with X-Forwarded-For. */
  trustProxy?: boolean | number | string;
  /** Alerts (alerts/): worker interval (off when absent), retries, SMTP; see alerts.settings.ts. */
  alerts?: Partial<AlertSettings>;
}

/** Request rates per minute (token buckets: a burst of N, then N spread over the minute). */
export interface PartnerSettings {
  /** Callers without a key, per IP (an IPv6 /64 counts as one). */
  anonymousPerMinute: number;
  /** The product's own pages (same-origin requests) per IP, and signed-in callers per account. */
  sitePerMinute: number;
  /** The rate a new key gets unless told otherwise. */
  keyDefaultPerMinute: number;
  /** How long a key read from the database is trusted (a revocation elsewhere takes this long). */
  keyCacheMs: number;
  /** How often the keys' usage counters are written. */
  counterFlushMs: number;
  /** Prefix of every Redis key the partner module writes (rate buckets, persisted queries). */
  redisPrefix: string;
}

export const DEFAULT_PARTNER_SETTINGS: PartnerSettings = {
  anonymousPerMinute: 60,
  sitePerMinute: 600,
  keyDefaultPerMinute: 600,
  keyCacheMs: 30_000,
  counterFlushMs: 5_000,
  redisPrefix: 'ecosystem:partners:',
};

/** TRUST_PROXY as Express takes it: true/false, a hop count, or addresses/subnets (`loopback, 10.0.0.0/8`). */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
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
    oidc: readOidcConfig(),
    redisUrl: envOptional('REDIS_URL'),
    responseCache: {
      mode: envEnum('RESPONSE_CACHE', ['off', 'memory', 'redis'] as const, envOptional('REDIS_URL') ? 'redis' : 'memory'),
      maxBytes: envInt('RESPONSE_CACHE_MAX_BYTES', DEFAULT_RESPONSE_CACHE.maxBytes),
      maxEntryBytes: envInt('RESPONSE_CACHE_MAX_ENTRY_BYTES', DEFAULT_RESPONSE_CACHE.maxEntryBytes),
      maxTtlSeconds: envInt('RESPONSE_CACHE_MAX_TTL', DEFAULT_RESPONSE_CACHE.maxTtlSeconds),
      redisPrefix: envOptional('RESPONSE_CACHE_PREFIX') ?? DEFAULT_RESPONSE_CACHE.redisPrefix,
    },
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
    partners: {
      anonymousPerMinute: envInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', DEFAULT_PARTNER_SETTINGS.anonymousPerMinute),
      sitePerMinute: envInt('RATE_LIMIT_SITE_PER_MINUTE', DEFAULT_PARTNER_SETTINGS.sitePerMinute),
      keyDefaultPerMinute: envInt('RATE_LIMIT_KEY_DEFAULT_PER_MINUTE', DEFAULT_PARTNER_SETTINGS.keyDefaultPerMinute),
      redisPrefix: envOptional('PARTNERS_REDIS_PREFIX') ?? DEFAULT_PARTNER_SETTINGS.redisPrefix,
    },
    trustProxy: parseTrustProxy(envOptional('TRUST_PROXY')),
    alerts: readAlertSettings(port),
  };
}
