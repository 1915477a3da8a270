/**
 * `npm run db:backup` / `npm run db:restore` as round trips on real PostgreSQL: a clone of the seeded
 * template with changes of our own, backed up, restored into a fresh database, then compared table by
 * table (row counts and a checksum of every row's full text) and on the changed records themselves.
 * Also through the embedded default database (no DATABASE_URL), and with pg_dump's custom format as
 * far as this machine's tools allow (see the last tests).
 */
import { createTestDatabase, type TestDatabase } from '@ecosystem/common/testing';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { AccountStore, openAccountsDatabase } from '../auth/index.js';
import { runDbCli } from '../cli/db.js';
import { PRODUCT_SCHEMAS, findPgTools, serverVersion, toolDirectories } from './backup.js';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../../..');
let source: TestDatabase;
let dir: string;
const created: string[] = [];
const CHANGED_NAME = 'Laboratoire restauré après sauvegarde';

function adminUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/postgres';
  return parsed.toString();
}

async function query<T extends Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** An empty database (no template, no extension) on the test server. */
async function freshDatabase(): Promise<string> {
  const name = `eco_restore_${Math.random().toString(16).slice(2, 10)}`;
  await query(adminUrl(source.url), `CREATE DATABASE ${name}`);
  created.push(name);
  const url = new URL(source.url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Per table of the product's schemas: row count and an md5 of all rows' text, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const tables = await query<{ schema: string; table: string }>(
    url,
    `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
    [PRODUCT_SCHEMAS],
  );
  const result: Record<string, string> = {};
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const { schema, table } of tables) {
      // The migrations table's ids and timestamps belong to the database that ran them: names only.
      const rows = table === 'migrations' ? `(SELECT name FROM "${schema}"."${table}") AS t` : `"${schema}"."${table}" AS t`;
      const { rows: [row] } = await client.query<{ n: string; sum: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM ${rows}`,
      );
      result[`${schema}.${table}`] = `${row.n} ${row.sum}`;
    }
  } finally {
    await client.end();
  }
  return result;
}

function cli(argv: string[], databaseUrl?: string) {
  const out: string[] = [];
  const err: string[] = [];
  return runDbCli(argv, { databaseUrl, out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

let expected: Record<string, string>;
let actorId: string;
let portableFile: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecosystem-backup-'));
  source = await createTestDatabase();
  // Changes of our own, in two schemas: a renamed actor, an archived contact, a new account.
  [{ id: actorId }] = await query<{ id: string }>(source.url, `UPDATE actors.actor SET name = $1 WHERE id = (SELECT id FROM actors.actor WHERE kind = 'LAB' ORDER BY id LIMIT 1) RETURNING id`, [CHANGED_NAME]);
  await query(source.url, `UPDATE contacts.contact SET archived_at = now() WHERE id = (SELECT id FROM contacts.contact ORDER BY id LIMIT 1)`);
  const accounts = await openAccountsDatabase(source.url, 2);
  try {
    await new AccountStore(accounts.dataSource).createUser({ email: 'sauvegarde@example.fr', name: 'Camille Sauvegarde', role: 'editor', password: 'une phrase de passe solide', territories: ['departement:42'] });
  } finally {
    await accounts.dataSource.destroy();
  }
  expected = await fingerprint(source.url);
}, 120_000);

afterAll(async () => {
  for (const name of created) await query(adminUrl(source.url), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  await source?.drop();
  await rm(dir, { recursive: true, force: true });
});

it('backs up every schema of the product and restores it into a fresh database, identical table by table', async () => {
  expect(Object.keys(expected).map((t) => t.split('.')[0])).toEqual(expect.arrayContaining(PRODUCT_SCHEMAS));
  expect(Number(expected['actors.actor'].split(' ')[0])).toBeGreaterThan(30_000);
  portableFile = join(dir, 'product.backup.gz');
  const saved = await cli(['backup', portableFile, '--format', 'portable'], source.url);
  expect(saved).toMatchObject({ code: 0, out: expect.stringMatching(/Backed up \d+ rows in \d+ tables \(portable format\)/) });

  const target = await freshDatabase();
  const restored = await cli(['restore', portableFile], target);
  expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/Restored \d+ rows/) });
  expect(await fingerprint(target)).toEqual(expected);

  // The changed records themselves, and what the database derives from them (generated columns, FKs).
  const [actor] = await query<{ name: string; name_search: string | null }>(target, `SELECT * FROM actors.actor WHERE id = $1`, [actorId]);
  expect(actor.name).toBe(CHANGED_NAME);
  const [user] = await query<{ email: string; role: string }>(target, `SELECT email, role FROM accounts."user" WHERE email = $1`, ['sauvegarde@example.fr']);
  expect(user).toEqual({ email: 'sauvegarde@example.fr', role: 'editor' });
  const foreignKeys = await query<{ n: string }>(target, `SELECT count(*) AS n FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.contype = 'f' AND n.nspname = ANY($1)`, [PRODUCT_SCHEMAS]);
  const sourceForeignKeys = await query<{ n: string }>(source.url, `SELECT count(*) AS n FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.contype = 'f' AND n.nspname = ANY($1)`, [PRODUCT_SCHEMAS]);
  expect(foreignKeys).toEqual(sourceForeignKeys);
  const indexes = `SELECT schemaname, tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ANY($1) ORDER BY 1, 2, 3`;
  expect(await query(target, indexes, [PRODUCT_SCHEMAS])).toEqual(await query(source.url, indexes, [PRODUCT_SCHEMAS]));
  // Search works on the restored database: the accent-insensitive configuration and indexes are there.
  const found = await query<{ id: string }>(target, `SELECT id FROM actors.actor WHERE actors.f_unaccent(lower(name)) LIKE '%restaure apres sauvegarde%'`);
  expect(found.map((r) => r.id)).toEqual([actorId]);

  // A second restore over it is refused without --clean, and replaces it with --clean.
  const refused = await cli(['restore', portableFile], target);
  expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/already holds the product's schemas.*--clean/) });
  await query(target, `UPDATE actors.actor SET name = 'changé après la restauration' WHERE id = $1`, [actorId]);
  expect(await cli(['restore', portableFile, '--clean'], target)).toMatchObject({ code: 0 });
  expect(await fingerprint(target)).toEqual(expected);
}, 180_000);

it('refuses a portable backup made at other migrations, and leaves the database empty', async () => {
  const lines = gunzipSync(await readFile(portableFile)).toString('utf8').split('\n');
  const header = JSON.parse(lines[0]) as { migrations: Record<string, string[]> };
  header.migrations.actors = header.migrations.actors.slice(0, -1);
  const older = join(dir, 'older.backup.gz');
  await writeFile(older, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
  const target = await freshDatabase();
  const refused = await cli(['restore', older], target);
  expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/actors schema was made at migrations \[.*\], this code's is at \[.*\]/) });
  const schemas = await query(target, `SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)`, [PRODUCT_SCHEMAS]);
  expect(schemas).toEqual([]);
}, 120_000);

it('a restore that breaks a foreign key writes nothing and leaves no schema behind', async () => {
  // The same backup without its actors: partnerships, hierarchy links… point at nothing.
  const lines = gunzipSync(await readFile(portableFile)).toString('utf8').split('\n');
  const start = lines.indexOf(JSON.stringify({ table: 'actors.actor' }));
  const end = lines.findIndex((line) => line.startsWith('{"end":"actors.actor"'));
  expect(start).toBeGreaterThan(0);
  const broken = join(dir, 'broken.backup.gz');
  await writeFile(broken, gzipSync([...lines.slice(0, start + 1), JSON.stringify({ end: 'actors.actor', rows: 0 }), ...lines.slice(end + 1)].join('\n')));
  const target = await freshDatabase();
  const refused = await cli(['restore', broken], target);
  expect(refused).toMatchObject({ code: 1, err: expect.stringMatching(/foreign key/) });
  expect(await query(target, `SELECT nspname FROM pg_namespace WHERE nspname = ANY($1)`, [PRODUCT_SCHEMAS])).toEqual([]);
}, 120_000);

it('refuses a file that is not a backup, and bad usage', async () => {
  const junk = join(dir, 'junk.txt');
  await writeFile(junk, 'hello');
  expect(await cli(['restore', junk], source.url)).toMatchObject({ code: 1, err: expect.stringMatching(/not a backup made by npm run db:backup/) });
  expect(await cli(['restore'], source.url)).toMatchObject({ code: 2, err: expect.stringMatching(/restore needs the backup file/) });
  expect(await cli(['backup', '--format', 'zip'], source.url)).toMatchObject({ code: 2 });
});

it('works on the embedded default database when DATABASE_URL is not set (the compiled command, as npm run runs it)', async () => {
  // A data folder of its own and a free port: the command starts the embedded server there itself.
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', DATA_DIR: join(dir, 'data'), EMBEDDED_PG_PORT: String(40000 + Math.floor(Math.random() * 10000)) };
  const command = (args: string[]) =>
    run(process.execPath, [join(ROOT, 'gateway/dist/cli/db.js'), ...args], { env, timeout: 180_000 }).then(
      ({ stdout, stderr }) => ({ code: 0, out: stdout, err: stderr }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? 1, out: error.stdout ?? '', err: error.stderr ?? '' }),
    );
  // Restore into the embedded database (initialised on the way), then back it up again.
  const restored = await command(['restore', portableFile]);
  expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/Restored \d+ rows/) });
  expect(restored.err).toMatch(/Starting the embedded PostgreSQL/);
  const again = await command(['backup']);
  expect(again.code).toBe(0);
  const file = /to (\S+\/backups\/ecosystem-[\dT-]+\.(?:dump|backup\.gz)) in/.exec(again.out)?.[1];
  expect(file?.startsWith(join(dir, 'data', 'backups'))).toBe(true);
  const target = await freshDatabase();
  expect(await cli(['restore', file!], target)).toMatchObject({ code: 0 });
  expect(await fingerprint(target)).toEqual(expected);
}, 300_000);

describe("pg_dump's custom format", () => {
  it('round-trips when pg_dump of the server version is found, else is refused naming both versions', async () => {
    const client = new Client({ connectionString: source.url });
    await client.connect();
    const server = await serverVersion(client).finally(() => client.end());
    const search = await findPgTools(server.major, toolDirectories(server.major));
    const file = join(dir, 'product.dump');
    const result = await cli(['backup', file, '--format', 'custom'], source.url);
    if (search.found) {
      expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/\(custom format\)/) });
      expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('PGDMP');
      const target = await freshDatabase();
      expect(await cli(['restore', file], target)).toMatchObject({ code: 0 });
      expect(await fingerprint(target)).toEqual(expected);
    } else {
      // This machine: the embedded server is newer than any pg_dump installed (Debian 12 ships 15).
      expect(result.code).toBe(1);
      expect(result.err).toContain(`the server is PostgreSQL ${server.version} (major ${server.major})`);
      for (const candidate of search.candidates) expect(result.err).toContain(`${candidate.path} (version ${candidate.version})`);
      expect(result.err).toMatch(/PG_BIN_DIR/);
    }
  }, 180_000);

  it('auto picks the custom format only with matching tools', async () => {
    const file = join(dir, 'auto-backup');
    const result = await cli(['backup', file], source.url);
    expect(result.code).toBe(0);
    const head = (await readFile(file)).subarray(0, 5);
    const client = new Client({ connectionString: source.url });
    await client.connect();
    const server = await serverVersion(client).finally(() => client.end());
    const matching = (await findPgTools(server.major)).found !== null;
    expect(head.toString('latin1') === 'PGDMP').toBe(matching);
    if (!matching) expect(result.out).toMatch(new RegExp(`No pg_dump of version ${server.major} here.*portable format`));
  }, 120_000);
});

