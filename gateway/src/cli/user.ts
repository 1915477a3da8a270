/**
 * Local accounts from the command line:
 *   npm run user -- create --email camille@example.fr --name "Camille Martin" --role editor [--territory departement:42 …] [--password …]
 *   npm run user -- territories --email camille@example.fr --set departement:42,region:11
 *   npm run user -- role --email camille@example.fr --set editor
 *   npm run user -- list
 *   npm run user -- disable --email camille@example.fr
 * Without --password, asks for it (hidden) on a terminal, or reads one line from standard input.
 * Works on DATABASE_URL, else on the embedded database, which it starts and stops itself (refused
 * while the product runs it: pass the DATABASE_URL the launcher printed instead).
 */
import { ROLES, type Role } from '@ecosystem/common';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AccountInputError, AccountStore, checkTerritories, type AccountUser } from '../auth/index.js';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import { DatabaseBusyError, withAccountsDatabase } from '../product-database.js';

export const USAGE = `Usage:
  npm run user -- create --email <e-mail> --name "<full name>" --role member|editor|admin [--territory <territory> …] [--password <password>]
  npm run user -- territories --email <e-mail> --set <territory>,<territory>…   (--set "" removes them all)
  npm run user -- role --email <e-mail> --set member|editor|admin   (e.g. for an account made by a ProConnect sign-in)
  npm run user -- list
  npm run user -- disable --email <e-mail>
Without --password, create asks for it (at least ${MIN_PASSWORD_LENGTH} characters).
A territory is region:<code> or departement:<code> (INSEE codes, e.g. region:84, departement:42); --territory repeats.
An editor edits only within their territories (a région covers its départements); without any, they edit nothing.
Admins edit everywhere; members never edit.
Uses DATABASE_URL, else the embedded database (stop the product first, or pass the DATABASE_URL it printed).`;

export interface UserCliIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks for a password; the default reads the terminal without echo, or a line of standard input. */
  readPassword(prompt: string, confirm: boolean): Promise<string>;
}

export interface UserCliOptions {
  /** The database to work on; when absent, DATABASE_URL or the embedded database. */
  databaseUrl?: string;
  io?: Partial<UserCliIo>;
}

class UsageError extends Error {}
class Cancelled extends Error {}

/** Runs one command and returns the process exit code (0 ok, 1 refused or failed, 2 bad usage). */
export async function runUserCli(argv: string[], options: UserCliOptions = {}): Promise<number> {
  const io: UserCliIo = { out: (l) => console.log(l), err: (l) => console.error(l), readPassword: readPasswordFromConsole, ...options.io };
  const [command, ...rest] = argv;
  try {
    if (command === 'create') {
      const { values } = parseArgs({
        args: rest,
        options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, password: { type: 'string' }, territory: { type: 'string', multiple: true } },
        strict: true,
      });
      if (!values.email || !values.name || !values.role) throw new UsageError('create needs --email, --name and --role.');
      if (!ROLES.includes(values.role as Role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}.`);
      // Checked before the password prompt and the database: a typo costs nothing.
      const territories = checkTerritories((values.territory ?? []).flatMap(splitList));
      // Asked before the database starts: a prompt never holds the database open.
      const password = values.password ?? (await io.readPassword(`Password for ${values.email} (at least ${MIN_PASSWORD_LENGTH} characters): `, true));
      if ([...password].length < MIN_PASSWORD_LENGTH) {
        io.err(`Refused: the password must have at least ${MIN_PASSWORD_LENGTH} characters.`);
        return 1;
      }
      const user = await withAccounts(options.databaseUrl, 'npm run user -- create …', io, (accounts) =>
        accounts.createUser({ email: values.email!, name: values.name!, role: values.role as Role, password, territories }),
      );
      io.out(`Created ${user.role} ${user.name} <${user.email}> (id ${user.id}).`);
      const note = scopeNote(user);
      if (note) io.out(note);
      return 0;
    }
    if (command === 'territories') {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, set: { type: 'string' } }, strict: true });
      if (!values.email || values.set === undefined) throw new UsageError('territories needs --email and --set (a comma-separated list, "" for none).');
      const territories = checkTerritories(splitList(values.set));
      const user = await withAccounts(options.databaseUrl, `npm run user -- territories --email ${values.email} --set …`, io, (accounts) =>
        accounts.setTerritories(values.email!, territories),
      );
      if (!user) {
        io.err(`No account has the e-mail ${values.email}.`);
        return 1;
      }
      io.out(`${user.name} <${user.email}> now edits: ${user.territories.length ? user.territories.join(', ') : 'no territory'} (from their next sign-in or token refresh, within 15 minutes).`);
      const note = scopeNote(user);
      if (note) io.out(note);
      return 0;
    }
    if (command === 'role') {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, set: { type: 'string' } }, strict: true });
      if (!values.email || !values.set) throw new UsageError('role needs --email and --set.');
      if (!ROLES.includes(values.set as Role)) throw new UsageError(`--set must be one of ${ROLES.join(', ')}.`);
      const user = await withAccounts(options.databaseUrl, `npm run user -- role --email ${values.email} --set ${values.set}`, io, (accounts) =>
        accounts.setRole(values.email!, values.set as Role),
      );
      if (!user) {
        io.err(`No account has the e-mail ${values.email}.`);
        return 1;
      }
      io.out(`${user.name} <${user.email}> is now ${user.role} (from their next sign-in or token refresh, within 15 minutes).`);
      const note = scopeNote(user);
      if (note) io.out(note);
      return 0;
    }
    if (command === 'list') {
      parseArgs({ args: rest, options: {}, strict: true });
      const users = await withAccounts(options.databaseUrl, 'npm run user -- list', io, (accounts) => accounts.listUsers());
      if (!users.length) {
        io.out('No account yet: npm run user -- create --email … --name "…" --role admin');
        return 0;
      }
      for (const line of table(users)) io.out(line);
      return 0;
    }
    if (command === 'disable') {
      const { values } = parseArgs({ args: rest, options: { email: { type: 'string' } }, strict: true });
      if (!values.email) throw new UsageError('disable needs --email.');
      const user = await withAccounts(options.databaseUrl, `npm run user -- disable --email ${values.email}`, io, (accounts) => accounts.disableUser(values.email!));
      if (!user) {
        io.err(`No account has the e-mail ${values.email}.`);
        return 1;
      }
      io.out(`Disabled ${user.name} <${user.email}>: they can no longer sign in, and their sessions are closed (a token already issued lasts at most 15 minutes).`);
      return 0;
    }
    throw new UsageError(command ? `Unknown command "${command}".` : 'Name a command.');
  } catch (error) {
    if (error instanceof Cancelled) {
      io.err('Cancelled.');
      return 130;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(error instanceof Error ? error.message : String(error));
      io.err(USAGE);
      return 2;
    }
    if (error instanceof AccountInputError || error instanceof DatabaseBusyError) {
      io.err(`Refused: ${error.message}`);
      return 1;
    }
    io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

function withAccounts<T>(databaseUrl: string | undefined, command: string, io: UserCliIo, work: (accounts: AccountStore) => Promise<T>): Promise<T> {
  return withAccountsDatabase(databaseUrl, command, io.err, (dataSource) => work(new AccountStore(dataSource)));
}

/** `departement:42, region:11` and `departement:42,region:11` alike; blanks dropped. */
function splitList(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

/** What the role and territories mean together, when it is not the obvious. */
function scopeNote(user: AccountUser): string | null {
  if (user.role === 'editor' && !user.territories.length) {
    return 'Note: an editor without territory cannot edit anything: npm run user -- territories --email … --set departement:42';
  }
  if (user.role === 'admin' && user.territories.length) return 'Note: an admin edits everywhere; the territories only matter if the role changes.';
  if (user.role === 'member' && user.territories.length) return 'Note: a member never edits; the territories only matter if the role changes.';
  return null;
}

function table(users: AccountUser[]): string[] {
  const scope = (u: AccountUser) => (u.role === 'admin' ? 'everywhere' : u.territories.length ? u.territories.join(',') : '-');
  const rows = [
    ['E-MAIL', 'NAME', 'ROLE', 'CREATED', 'STATUS', 'TERRITORIES'],
    ...users.map((u) => [u.email, u.name, u.role, u.createdAt.toISOString().slice(0, 10), u.disabledAt ? `disabled ${u.disabledAt.toISOString().slice(0, 10)}` : 'active', scope(u)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
}

/** Reads a password without echo on a terminal (twice when `confirm`), else one line of standard input. */
export async function readPasswordFromConsole(prompt: string, confirm: boolean): Promise<string> {
  if (!process.stdin.isTTY) return readLine();
  const first = await readHidden(prompt);
  if (confirm && first.length >= MIN_PASSWORD_LENGTH) {
    const again = await readHidden('Again: ');
    if (again !== first) throw new AccountInputError('password', 'The two passwords differ.');
  }
  return first;
}

function readLine(): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish();
          return resolve(value);
        }
        if (char === '\u0003') {
          finish();
          return reject(new Cancelled('Cancelled.'));
        }
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

if (require.main === module) {
  runUserCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
