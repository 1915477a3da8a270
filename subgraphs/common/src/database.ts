/**
 * Each subgraph's connection to PostgreSQL: its own schema, its own migrations, and a counter of
 * the SQL statements it sends (the N+1 guard in tests and the benchmark read it).
 */
import 'reflect-metadata';
import { DataSource, DefaultNamingStrategy, type Logger, type MixedList, type EntitySchema } from 'typeorm';

/** snake_case columns, including those of embedded column groups (`source_name`, not `sourceName`). */
export class SnakeNamingStrategy extends DefaultNamingStrategy {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    const name = customName ?? propertyName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    return [...embeddedPrefixes.filter(Boolean), name].join('_');
  }
}

/** Counts every statement TypeORM sends; TypeORM calls logQuery for each one whatever the log level. */
export class StatementCounter implements Logger {
  count = 0;
  readonly recent: string[] = [];
  constructor(private readonly keepRecent = 0) {}

  logQuery(query: string): void {
    this.count += 1;
    if (this.keepRecent > 0) {
      this.recent.push(query);
      if (this.recent.length > this.keepRecent) this.recent.shift();
    }
  }
  logQueryError(error: string | Error, query: string): void {
    if (process.env.LOG_SQL_ERRORS !== '0') console.error(`[sql] ${String(error)} — ${query.slice(0, 200)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.NODE_ENV !== 'test') console.log(`[migration] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
}

export interface SubgraphDatabaseOptions {
  url: string;
  /** The Postgres schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  application: string;
}

export interface SubgraphDatabase {
  dataSource: DataSource;
  statements: StatementCounter;
}

export function createDatabase(options: SubgraphDatabaseOptions): SubgraphDatabase {
  const statements = new StatementCounter(Number(process.env.SQL_KEEP_RECENT ?? 0));
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: statements,
    applicationName: options.application,
    poolSize: options.poolSize ?? 10,
    extra: {
      // Unqualified names resolve in the subgraph's own schema first, then to the extensions in public.
      options: `-c search_path=${options.schema},public -c pg_trgm.similarity_threshold=${SIMILARITY_THRESHOLD}`,
      // A request waits at most 5 s for a connection (then SERVICE_UNAVAILABLE, see errors.ts), never
      // forever while the database restarts. Dead pooled connections are dropped by pg-pool on their
      // error; TCP keepalive finds those that a cut network left silent.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
  });
  return { dataSource, statements };
}

/**
 * Creates the schema and the shared extensions, then runs pending migrations. Subgraphs may start
 * at the same time against one database, so the whole step holds a cluster-wide advisory lock.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('ecosystem-graph:migrations'))`);
    await runner.query('CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public');
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('ecosystem-graph:migrations'))`).catch(() => undefined);
    await runner.release();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe SQL identifier: ${name}`);
  return `"${name}"`;
}

/**
 * SQL that gives a schema an accent-insensitive French text-search configuration and an IMMUTABLE
 * unaccent (the extension's own function is only STABLE, so it cannot be used in an index).
 * Each subgraph's first migration runs it in its own schema.
 */
/**
 * The trigram similarity above which `name % search` holds (pg_trgm's default is 0.3). At 0.4 typos
 * like "Dunkerke" still match (0.46), while a common prefix such as "saint" no longer brings
 * thousands of candidates. Set on every connection; queries may also use it as a constant.
 */
export const SIMILARITY_THRESHOLD = 0.4;

export function searchFunctionsSql(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE OR REPLACE FUNCTION ${s}.f_unaccent(text) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    `CREATE TEXT SEARCH CONFIGURATION ${s}.french_unaccent (COPY = pg_catalog.french)`,
    `ALTER TEXT SEARCH CONFIGURATION ${s}.french_unaccent
       ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem`,
  ];
}
