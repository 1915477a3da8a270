/**
 * What the three subgraphs share in how they start: open and migrate their schema, seed it when
 * its data changed, serve GraphQL, and stop cleanly.
 */
import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntityManager, MixedList } from 'typeorm';
import { type Viewer, viewerFromAuthorization } from './auth.js';
import { createDatabase, migrate, quoteIdent, type SubgraphDatabase } from './database.js';
import { envEnum, envInt, envOptional, envString } from './env.js';
import { serveGraphQL, type HttpService } from './server.js';

export type SeedMode = 'auto' | 'always' | 'never';

export interface SeedReport {
  [table: string]: number;
}

export interface BaseContext {
  viewer: Viewer;
}

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  /** Postgres schema owned by this subgraph. */
  schemaName: string;
  defaultPort: number;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  buildSchema(): Promise<GraphQLSchema>;
  createContext(database: SubgraphDatabase, viewer: Viewer): TContext;
  /** Fingerprint of the seed data: a change re-runs the (idempotent) seed on next start. */
  seedVersion(): string;
  /** Writes the seed inside the given transaction; returns row counts per table. */
  seed(manager: EntityManager, log: (line: string) => void): Promise<SeedReport>;
}

export async function openDatabase(definition: SubgraphDefinition<BaseContext>, url: string, poolSize?: number): Promise<SubgraphDatabase> {
  const database = createDatabase({
    url,
    schema: definition.schemaName,
    entities: definition.entities,
    migrations: definition.migrations,
    application: `ecosystem-${definition.name}`,
    poolSize,
  });
  await database.dataSource.initialize();
  await migrate(database.dataSource, definition.schemaName);
  return database;
}

/**
 * Runs the seed in one transaction, so an interrupted seed leaves nothing half-written, and records
 * its version. With mode `auto` it is skipped when this version already ran.
 */
export async function seedDatabase(
  definition: SubgraphDefinition<BaseContext>,
  dataSource: DataSource,
  mode: SeedMode,
  log: (line: string) => void = () => undefined,
): Promise<SeedReport | null> {
  if (mode === 'never') return null;
  const version = definition.seedVersion();
  if (mode === 'auto') {
    const rows: Array<{ version: string }> = await dataSource.query('SELECT version FROM seed_runs WHERE name = $1', ['seed']);
    if (rows[0]?.version === version) return null;
  }
  const started = Date.now();
  const report = await dataSource.transaction(async (manager) => {
    // One seeder at a time per subgraph, even across processes.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`ecosystem-graph:seed:${definition.name}`]);
    const counts = await definition.seed(manager, log);
    await manager.query(
      `INSERT INTO seed_runs (name, version, completed_at) VALUES ('seed', $1, now())
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, completed_at = EXCLUDED.completed_at`,
      [version],
    );
    return counts;
  });
  // Fresh statistics: right after a bulk load the planner would otherwise guess a tiny table and
  // pick sequential plans (measured: search 107 ms → see bench/results).
  const tables: Array<{ table_name: string }> = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
    [definition.schemaName],
  );
  for (const { table_name } of tables) await dataSource.query(`ANALYZE ${quoteIdent(definition.schemaName)}.${quoteIdent(table_name)}`);
  log(`[${definition.name}] seeded in ${Date.now() - started} ms: ${Object.entries(report).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  return report;
}

export interface SubgraphOptions {
  databaseUrl: string;
  jwtSecret: string;
  /** Shared with the gateway, which signs every request with it (internal-signature.ts). */
  internalSecret: string;
  port: number;
  host?: string;
  seed?: SeedMode;
  log?: (line: string) => void;
}

export interface RunningSubgraph {
  service: HttpService;
  database: SubgraphDatabase;
  stop(): Promise<void>;
}

export async function startSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  options: SubgraphOptions,
): Promise<RunningSubgraph> {
  const database = await openDatabase(definition as SubgraphDefinition<BaseContext>, options.databaseUrl);
  try {
    await seedDatabase(definition as SubgraphDefinition<BaseContext>, database.dataSource, options.seed ?? 'auto', options.log);
    const schema = await definition.buildSchema();
    const service = await serveGraphQL<TContext>({
      name: definition.name,
      schema,
      dataSource: database.dataSource,
      port: options.port,
      host: options.host,
      internalSecret: options.internalSecret,
      context: async ({ req }) => {
        const viewer = await viewerFromAuthorization(req.headers.authorization, options.jwtSecret);
        return definition.createContext(database, viewer);
      },
    });
    return {
      service,
      database,
      stop: async () => {
        await service.close();
        await database.dataSource.destroy();
      },
    };
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}

/**
 * A subgraph process's configuration, from the environment: the only place a subgraph reads it
 * (docker-compose.yml is checked against what this reads, see gateway/src/ops/compose.test.ts).
 */
export function readSubgraphOptions(definition: Pick<SubgraphDefinition<BaseContext>, 'defaultPort'>): SubgraphOptions {
  return {
    databaseUrl: envString('DATABASE_URL'),
    jwtSecret: envString('JWT_SECRET'),
    internalSecret: envString('INTERNAL_SECRET'),
    port: envInt('SUBGRAPH_PORT', definition.defaultPort),
    host: envOptional('SUBGRAPH_HOST') ?? '127.0.0.1',
    seed: envEnum('SEED', ['auto', 'always', 'never'] as const, 'auto'),
  };
}

/** Entry point of a subgraph process: configuration from the environment, clean stop on signals. */
export async function runSubgraphMain<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): Promise<void> {
  const log = (line: string) => console.log(line);
  const running = await startSubgraph(definition, { ...readSubgraphOptions(definition), log });
  log(`[${definition.name}] listening on ${running.service.url}`);
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    log(`[${definition.name}] stopping (${why})`);
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await running.stop().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  // Started by the launcher with an IPC channel: exit when the launcher goes away, so no orphan remains.
  process.on('disconnect', () => void stop('launcher gone'));
}
