/**
 * Which PostgreSQL the product uses, in one place for the launcher (`npm start`) and the account CLI
 * (`npm run user`): DATABASE_URL when set, else the embedded server with its data in
 * `<DATA_DIR>/postgres` on EMBEDDED_PG_PORT (default 54329).
 */
import { actorsSubgraph } from '@ecosystem/actors';
import { envInt, envOptional, openDatabase, postgresUrl, startEmbeddedPostgres, type BaseContext, type SubgraphDefinition } from '@ecosystem/common';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { connect } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { openAccountsDatabase } from './auth/database.js';
import { dataDir } from './secret.js';

export const EMBEDDED_DATABASE = 'ecosystem';

/** The three subgraphs, in the order their schemas are migrated, seeded and restored. */
export const SUBGRAPH_DEFINITIONS = [actorsSubgraph, opportunitiesSubgraph, contactsSubgraph] as unknown as Array<SubgraphDefinition<BaseContext>>;

/**
 * Creates or migrates every schema the product owns in the database at `url`: each subgraph's (then
 * `each`, e.g. a seed, on its open connection), then the gateway's accounts.
 */
export async function migrateProductSchemas(url: string, each?: (definition: SubgraphDefinition<BaseContext>, dataSource: DataSource) => Promise<unknown>): Promise<void> {
  for (const definition of SUBGRAPH_DEFINITIONS) {
    const database = await openDatabase(definition, url, 2);
    try {
      await each?.(definition, database.dataSource);
    } finally {
      await database.dataSource.destroy();
    }
  }
  await (await openAccountsDatabase(url, 2)).dataSource.destroy();
}

export interface EmbeddedSettings {
  dataDir: string;
  port: number;
  /** The URL of the embedded database once started: what `DATABASE_URL` should be to reach it. */
  url: string;
}

export function embeddedSettings(directory = dataDir()): EmbeddedSettings {
  const port = envInt('EMBEDDED_PG_PORT', 54329);
  return { dataDir: join(directory, 'postgres'), port, url: postgresUrl(port, EMBEDDED_DATABASE) };
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export class DatabaseBusyError extends Error {}

export interface ProductDatabase {
  url: string;
  /** Whether this process started the embedded server (and must stop it). */
  embedded: boolean;
  settings: EmbeddedSettings | null;
  stop(): Promise<void>;
}

export interface OpenProductDatabaseOptions {
  /**
   * The command being run, e.g. "npm run user -- list": when the embedded server already runs, a
   * tool is told to use it through DATABASE_URL; the launcher (`npm start`) is just refused.
   */
  command: string;
  log?: (line: string) => void;
  directory?: string;
}

/**
 * DATABASE_URL's server, or the embedded one started here. Only one process may run the embedded
 * server on its data folder: when its port already answers (the product is running), this refuses
 * and says how to go on.
 */
export async function openProductDatabase(options: OpenProductDatabaseOptions): Promise<ProductDatabase> {
  const log = options.log ?? (() => undefined);
  const fromEnv = envOptional('DATABASE_URL');
  if (fromEnv) {
    log('Using the PostgreSQL server of DATABASE_URL.');
    return { url: fromEnv, embedded: false, settings: null, stop: async () => undefined };
  }
  const settings = embeddedSettings(options.directory);
  if (await portAnswers(settings.port)) {
    if (options.command === 'npm start') {
      throw new DatabaseBusyError(
        `Port ${settings.port} of the embedded PostgreSQL is already in use: is the product already running? ` +
          'Stop it first, or set EMBEDDED_PG_PORT (or DATABASE_URL) if another program uses that port.',
      );
    }
    throw new DatabaseBusyError(
      `Port ${settings.port} of the embedded PostgreSQL is already in use: the product is probably running (npm start), ` +
        `and only one process may run the database of ${settings.dataDir}.\n` +
        `Either stop it (Ctrl-C) and run this again, or use the database it runs, with the URL the launcher printed:\n` +
        `  DATABASE_URL=${settings.url} ${options.command}\n` +
        '(If another program uses that port, set EMBEDDED_PG_PORT.)',
    );
  }
  log(`Starting the embedded PostgreSQL on 127.0.0.1:${settings.port} (data in ${settings.dataDir})…`);
  const postgres = await startEmbeddedPostgres({ dataDir: settings.dataDir, port: settings.port, database: EMBEDDED_DATABASE });
  return { url: postgres.url, embedded: true, settings, stop: () => postgres.stop() };
}

/**
 * Runs `work` on the accounts schema of `databaseUrl`, or of the embedded product database, started
 * for the command and stopped after it: what the account and key CLIs share.
 */
export async function withAccountsDatabase<T>(
  databaseUrl: string | undefined,
  command: string,
  log: (line: string) => void,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const product = databaseUrl ? null : await openProductDatabase({ command, log });
  try {
    const database = await openAccountsDatabase(databaseUrl ?? product!.url, 2);
    try {
      return await work(database.dataSource);
    } finally {
      await database.dataSource.destroy();
    }
  } finally {
    await product?.stop();
  }
}
