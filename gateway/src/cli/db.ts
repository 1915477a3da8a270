/**
 * Backups from the command line (ops/backup.ts does the work):
 *   npm run db:backup -- [file] [--format auto|custom|portable]
 *   npm run db:restore -- <file> [--clean]
 * Works on DATABASE_URL, else on the embedded database, which it starts and stops itself (refused
 * while the product runs it: pass the DATABASE_URL the launcher printed instead).
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseBusyError, openProductDatabase } from '../product-database.js';
import { dataDir } from '../secret.js';
import { BackupError, backup, restore, type BackupFormat } from '../ops/backup.js';

export const USAGE = `Usage:
  npm run db:backup -- [file] [--format auto|custom|portable]
  npm run db:restore -- <file> [--clean]
Backs up (restores) the schemas of the three subgraphs and the gateway's accounts.
--format custom: pg_dump's custom format (needs pg_dump of the server's major version: PG_BIN_DIR, /usr/lib/postgresql/<major>/bin or PATH);
--format portable: the built-in format; auto (default): custom when such a pg_dump is found, else portable.
The default file is <data folder>/backups/ecosystem-<date>.dump (custom) or .backup.gz (portable).
Restore refuses a database that already holds the product's schemas unless --clean (stop the services first).
Uses DATABASE_URL, else the embedded database (stop the product first, or pass the DATABASE_URL it printed).`;

class UsageError extends Error {}

export interface DbCliOptions {
  databaseUrl?: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** Runs one command and returns the process exit code (0 ok, 1 failed, 2 bad usage). */
export async function runDbCli(argv: string[], options: DbCliOptions = {}): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  const err = options.err ?? ((line: string) => console.error(line));
  const [command, ...rest] = argv;
  let database: Awaited<ReturnType<typeof openProductDatabase>> | null = null;
  try {
    if (command !== 'backup' && command !== 'restore') throw new UsageError(`Unknown command ${command ?? '(none)'}.`);
    const { values, positionals } = parseArgs({
      args: rest,
      options: { format: { type: 'string' }, clean: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
    if (positionals.length > 1) throw new UsageError('Give at most one file.');
    const format = (values.format ?? 'auto') as BackupFormat | 'auto';
    if (!['auto', 'custom', 'portable'].includes(format)) throw new UsageError('--format must be auto, custom or portable.');
    if (command === 'restore' && !positionals[0]) throw new UsageError('restore needs the backup file.');
    if (command === 'restore' && values.format) throw new UsageError('restore reads the format from the file: no --format.');
    if (command === 'backup' && values.clean) throw new UsageError('--clean is for restore.');

    const url = options.databaseUrl ?? (database = await openProductDatabase({ command: `npm run db:${command} -- ${rest.join(' ')}`.trim(), log: err })).url;
    const started = Date.now();
    const result =
      command === 'backup'
        ? await backup({ databaseUrl: url, file: positionals[0] ? resolve(positionals[0]) : defaultFile, format, log: out })
        : await restore({ databaseUrl: url, file: resolve(positionals[0]), clean: values.clean, log: out });
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    out(
      `${command === 'backup' ? 'Backed up' : 'Restored'} ${total} rows in ${Object.keys(result.rows).length} tables ` +
        `(${result.format} format) ${command === 'backup' ? 'to' : 'from'} ${result.file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      err(error.message);
      err(USAGE);
      return 2;
    }
    if (error instanceof BackupError || error instanceof DatabaseBusyError) {
      err(error.message);
      return 1;
    }
    err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await database?.stop().catch(() => undefined);
  }
}

/** <data folder>/backups/ecosystem-<UTC date and time>.dump or .backup.gz, named once the format is chosen. */
function defaultFile(format: BackupFormat): string {
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..+$/, '');
  const file = join(dataDir(), 'backups', `ecosystem-${stamp}.${format === 'portable' ? 'backup.gz' : 'dump'}`);
  mkdirSync(dirname(file), { recursive: true });
  return file;
}

if (require.main === module) {
  runDbCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
