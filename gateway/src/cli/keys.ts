/**
 * Partner API keys from the command line:
 *   npm run keys -- create --name "Ville de Saint-Étienne" --origin https://www.saint-etienne.fr [--origin …] [--rate 600] [--allow-list ops.graphql]
 *   npm run keys -- list
 *   npm run keys -- revoke <id>
 *   npm run keys -- allow <id> <file.graphql>
 * Works on DATABASE_URL, else on the embedded database (stop the product first, or pass the
 * DATABASE_URL it printed). A running gateway sees a revocation or a new allow-list within 30 s.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_PARTNER_SETTINGS } from '../config.js';
import { KeyInputError, KeyStore, operationsOf, type PartnerKey } from '../partners/keys.store.js';
import { DatabaseBusyError, withAccountsDatabase } from '../product-database.js';

export const KEYS_USAGE = `Usage:
  npm run keys -- create --name "<partner>" [--origin <https://site> …] [--rate <requests per minute>] [--allow-list <operations.graphql>]
  npm run keys -- list
  npm run keys -- revoke <id>
  npm run keys -- allow <id> <operations.graphql>
--origin repeats: the browser origins allowed to use the key (none: servers only, plus this product's own pages).
--rate defaults to ${DEFAULT_PARTNER_SETTINGS.keyDefaultPerMinute} (RATE_LIMIT_KEY_DEFAULT_PER_MINUTE).
--allow-list binds the key to the operations of the file: it may run those only (sent by SHA-256 or as text).
Uses DATABASE_URL, else the embedded database (stop the product first, or pass the DATABASE_URL it printed).`;

export interface KeysCliOptions {
  databaseUrl?: string;
  io?: { out?(line: string): void; err?(line: string): void };
}

class UsageError extends Error {}

export async function runKeysCli(argv: string[], options: KeysCliOptions = {}): Promise<number> {
  const out = options.io?.out ?? ((l: string) => console.log(l));
  const err = options.io?.err ?? ((l: string) => console.error(l));
  const [command, ...rest] = argv;
  try {
    if (command === 'create') {
      const { values } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, origin: { type: 'string', multiple: true }, rate: { type: 'string' }, 'allow-list': { type: 'string' } },
        strict: true,
      });
      if (!values.name) throw new UsageError('create needs --name.');
      const rate = values.rate === undefined ? Number(process.env.RATE_LIMIT_KEY_DEFAULT_PER_MINUTE || DEFAULT_PARTNER_SETTINGS.keyDefaultPerMinute) : Number(values.rate);
      if (!Number.isInteger(rate)) throw new UsageError('--rate is a whole number of requests per minute.');
      // Read and checked before the database starts: a typo costs nothing.
      const operations = values['allow-list'] ? operationsOf(await readFile(values['allow-list'], 'utf8')) : [];
      const created = await withKeys(options.databaseUrl, 'npm run keys -- create …', err, (store) =>
        store.create({ name: values.name!, origins: (values.origin ?? []).flatMap(splitList), ratePerMinute: rate, mode: values['allow-list'] ? 'allow-list' : 'open', createdBy: 'cli' }, operations),
      );
      out(`Created key ${created.key.id} for ${created.key.name}: ${created.key.ratePerMinute} requests/min, ${describeOrigins(created.key)}, ${describeMode(created.key)}.`);
      out('The key (shown this once; send it as the x-api-key header):');
      out(created.secret);
      return 0;
    }
    if (command === 'list') {
      parseArgs({ args: rest, options: {}, strict: true });
      const keys = await withKeys(options.databaseUrl, 'npm run keys -- list', err, (store) => store.list());
      if (!keys.length) {
        out('No key yet: npm run keys -- create --name "…" --origin https://…');
        return 0;
      }
      for (const line of table(keys)) out(line);
      return 0;
    }
    if (command === 'revoke') {
      const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true, strict: true });
      if (positionals.length !== 1) throw new UsageError('revoke needs the key id (see npm run keys -- list).');
      const key = await withKeys(options.databaseUrl, 'npm run keys -- revoke …', err, (store) => store.revoke(positionals[0]!));
      if (!key) {
        err(`No key has the id ${positionals[0]}.`);
        return 1;
      }
      out(`Revoked ${key.prefix}… (${key.name}) on ${key.revokedAt!.toISOString()}: refused by a running gateway within 30 s.`);
      return 0;
    }
    if (command === 'allow') {
      const { positionals } = parseArgs({ args: rest, options: {}, allowPositionals: true, strict: true });
      if (positionals.length !== 2) throw new UsageError('allow needs the key id and a file of operations.');
      const operations = operationsOf(await readFile(positionals[1]!, 'utf8'));
      const key = await withKeys(options.databaseUrl, 'npm run keys -- allow …', err, (store) => store.allow(positionals[0]!, operations));
      if (!key) {
        err(`No key has the id ${positionals[0]}.`);
        return 1;
      }
      for (const op of operations) out(`${op.sha256}  ${op.name ?? '(anonymous operation)'}`);
      out(`${key.name} now has ${key.operationCount} allowed operation(s).`);
      if (key.mode !== 'allow-list') out('Note: this key is in open mode, so it runs any operation; the list only matters in allow-list mode.');
      return 0;
    }
    throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err((error as Error).message);
      err(KEYS_USAGE);
      return 2;
    }
    if (error instanceof KeyInputError || error instanceof DatabaseBusyError) {
      err(`Refused: ${error.message}`);
      return 1;
    }
    err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function withKeys<T>(databaseUrl: string | undefined, command: string, log: (line: string) => void, work: (store: KeyStore) => Promise<T>): Promise<T> {
  return withAccountsDatabase(databaseUrl ?? process.env.DATABASE_URL, command, log, (dataSource) => work(new KeyStore(dataSource)));
}

function splitList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

function describeOrigins(key: PartnerKey): string {
  return key.origins.length ? `origins ${key.origins.join(', ')}` : 'no browser origin (servers only)';
}

function describeMode(key: PartnerKey): string {
  return key.mode === 'allow-list' ? `allow-list of ${key.operationCount} operation(s)` : 'any operation';
}

function table(keys: PartnerKey[]): string[] {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');
  const rows = [
    ['ID', 'PREFIX', 'NAME', 'RATE/MIN', 'MODE', 'REQUESTS', 'REFUSED', 'LAST USED', 'CREATED', 'STATUS', 'ORIGINS'],
    ...keys.map((k) => [
      k.id,
      k.prefix,
      k.name,
      String(k.ratePerMinute),
      k.mode === 'allow-list' ? `allow-list (${k.operationCount})` : 'open',
      String(k.requestCount),
      String(k.rejectionCount),
      day(k.lastUsedAt),
      day(k.createdAt),
      k.revokedAt ? `revoked ${day(k.revokedAt)}` : 'active',
      k.origins.join(',') || '-',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

if (require.main === module) {
  runKeysCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
