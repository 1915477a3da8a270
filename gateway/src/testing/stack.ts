/**
 * The whole product for a test file: its own database (a clone of the seeded template), the three
 * subgraphs on ephemeral loopback ports, and the gateway in front (with its /auth endpoints on the
 * same database's `accounts` schema), all over real HTTP.
 */
import { actorsSubgraph } from '@ecosystem/actors';
import { mintToken, signInternalRequest, startSubgraph, type Role, type RunningSubgraph } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET, createTestDatabase, type TestDatabase } from '@ecosystem/common/testing';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { resolve } from 'node:path';
import type { GatewayConfig } from '../config.js';
import { startGateway, type RunningGateway } from '../gateway.js';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
}

export interface NewTestUser {
  email: string;
  name: string;
  role: 'member' | 'editor' | 'admin';
  password: string;
  /** The territories the account edits, e.g. `departement:42` (an editor without any edits nothing). */
  territories?: string[];
}

export interface Stack {
  /** The GraphQL endpoint, http://localhost:<port>/graphql. */
  url: string;
  /** The gateway's origin, http://localhost:<port> (the client, /auth/…). */
  origin: string;
  database: TestDatabase;
  subgraphs: Record<'actors' | 'opportunities' | 'contacts', RunningSubgraph>;
  gateway: RunningGateway;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** A bearer token; editors edit only within `territories` (e.g. `['departement:42']`). */
  token(role: Role, sub?: string, territories?: string[]): Promise<string>;
  /** Adds a local account (argon2id hash, accounts schema of this stack's database). */
  createUser(input: NewTestUser): Promise<{ id: string }>;
  /** SQL statements sent by each subgraph since the last reset. */
  statements(): Record<string, number>;
  resetStatements(): void;
  stop(): Promise<void>;
}

export interface PostOptions {
  /**
   * Sign the request as the gateway does, for calls straight to a subgraph (which refuse unsigned
   * ones): `true` signs with TEST_INTERNAL_SECRET now; an object picks the secret or the time (ms).
   */
  signed?: boolean | { secret?: string; at?: number };
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
  options: PostOptions = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const signing = options.signed === true ? {} : options.signed || null;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(signing ? signInternalRequest(signing.secret ?? TEST_INTERNAL_SECRET, body, signing.at) : {}),
    },
    body,
  });
  const answer = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...answer };
}

export interface StackOptions {
  /** Serve the built client (client/dist) at / , for browser tests. */
  client?: boolean;
  /** Extra gateway settings (e.g. `oidc`), laid over the test defaults. */
  gateway?: Partial<GatewayConfig>;
}

export async function startStack(options_: StackOptions = {}): Promise<Stack> {
  const database = await createTestDatabase();
  const options = { databaseUrl: database.url, jwtSecret: TEST_JWT_SECRET, internalSecret: TEST_INTERNAL_SECRET, port: 0, seed: 'never' as const };
  const [actors, opportunities, contacts] = await Promise.all([
    startSubgraph(actorsSubgraph, options),
    startSubgraph(opportunitiesSubgraph, options),
    startSubgraph(contactsSubgraph, options),
  ]);
  const subgraphs = { actors, opportunities, contacts };
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    jwtSecret: TEST_JWT_SECRET,
    internalSecret: TEST_INTERNAL_SECRET,
    databaseUrl: database.url,
    supergraphPath: resolve(__dirname, '../../../schema/supergraph.graphql'),
    clientDir: options_.client ? process.env.E2E_CLIENT_DIR ?? resolve(__dirname, '../../../client/dist') : resolve(__dirname, '../../../client/dist-none'),
    subgraphUrls: { actors: actors.service.url, opportunities: opportunities.service.url, contacts: contacts.service.url },
    // Tests fire hundreds of requests from 127.0.0.1: no request rate limit unless a test sets one.
    partners: { anonymousPerMinute: 1_000_000, sitePerMinute: 1_000_000 },
    ...options_.gateway,
  });
  return {
    url: gateway.url,
    origin: gateway.url.replace(/\/graphql$/, ''),
    database,
    subgraphs,
    gateway,
    query: (query, variables, token) => postGraphQL(gateway.url, query, variables, token),
    token: (role, sub = `test-${role}`, territories = []) => mintToken({ sub, role, name: `Test ${role}`, territories }, TEST_JWT_SECRET),
    createUser: async (input) => ({ id: (await gateway.accounts.createUser(input)).id }),
    statements: () => Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.database.statements.count])),
    resetStatements: () => Object.values(subgraphs).forEach((s) => s.database.statements.reset()),
    stop: async () => {
      await gateway.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
      await database.drop();
    },
  };
}
