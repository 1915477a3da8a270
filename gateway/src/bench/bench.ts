/**
 * `npm run bench`: measures the product on this machine and writes bench/results/<date>.md. Not
 * part of `npm test`; about ten minutes.
 *
 * Everything runs on its own embedded PostgreSQL, in its own databases, never the product's:
 * - `eco_bench_seed`: the real seed (every collectivité of France…), timed (section 7);
 * - `eco_bench_10k`, `eco_bench_100k`: synthetic, deterministic data (synthetic.ts), every row
 *   marked SYNTHETIC in its source.
 *
 * Layout (2 cores): this process, PostgreSQL, the subgraphs and every server under test (each in its
 * own process, serve.ts) are pinned to CPU 0; the load generator (autocannon, cannon.ts) to CPU 1.
 * Every server under test thus gets the same core, and the load generator never takes CPU from it.
 * Throughput measures are interleaved over BENCH_ROUNDS rounds and the best round is kept (the
 * machine is shared; the best round is the least disturbed one), each after a warm-up.
 *
 * Environment: BENCH_SECONDS (per measure, default 10), BENCH_WARMUP (default 3), BENCH_ROUNDS
 * (default 2), BENCH_CONNECTIONS (default 16), BENCH_SIZES (default "10000,100000"), BENCH_PIN=0
 * to not pin.
 */
import { envInt, openDatabase, SIMILARITY_THRESHOLD, seedDatabase, startEmbeddedPostgres, startSubgraph, ensureDatabase, type RunningSubgraph } from '@ecosystem/common';
import { actorsSubgraph, ActorStore, type ActorCriteria } from '@ecosystem/actors';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { openAccountsDatabase } from '../auth/database.js';
import type { SubgraphFetcherKind } from '../subgraph-fetcher.js';
import { SUBGRAPH_DEFINITIONS } from '../product-database.js';
import { runCannon, type CannonResult } from './cannon.js';
import { interleaved, timed, type LoadResult } from './load.js';
import type { ServeSettings } from './serve.js';
import { buildEmptyDatabase, cloneDatabase, fillSynthetic, readCommunes, SYNTHETIC_SOURCE } from './synthetic.js';

const SECONDS = envInt('BENCH_SECONDS', 10);
const WARMUP = envInt('BENCH_WARMUP', 3);
const ROUNDS = envInt('BENCH_ROUNDS', 2);
const CONNECTIONS = envInt('BENCH_CONNECTIONS', 16);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const PIN = process.env.BENCH_PIN !== '0' && cpus().length >= 2 && hasTaskset();
const SERVER_CPUS = '0';
const LOAD_CPUS = '1';
const ROOT = resolve(__dirname, '../../..');

/** 1. Single-subgraph query: 20 actors of a département (actors subgraph only). */
const SINGLE = `{ actors(filter: { departmentCode: "42" }, first: 20) { nodes { id name kind } } }`;
/** 2. Federated territory query: a département's actors with their contacts and open opportunities (three subgraphs). */
const TERRITORY = `{ actors(filter: { departmentCode: "42" }, first: 50) { totalCount nodes { id name kind contacts { id displayName roles } opportunities { id title kind deadline } } } }`;
/** 6. The same shape at a chosen size, over a large région. */
const TERRITORY_SIZED = (first: number) =>
  `{ actors(filter: { regionCode: "84" }, first: ${first}) { nodes { id name kind contacts { id displayName roles } opportunities { id title kind deadline } } } }`;
const SEARCHES = ['saint etienne', 'innovation publique', 'laboratoire energie', 'lyon', 'observatoire climat', 'montpellier', 'agence numerique', 'fondation sante', 'marseille', 'universite eau'];
/** 5. A fixed viewport: the Saint-Étienne area. */
const BBOX = { south: 45.3, west: 4.2, north: 45.6, east: 4.6 };
const BBOX_GQL = `{ south: ${BBOX.south}, west: ${BBOX.west}, north: ${BBOX.north}, east: ${BBOX.east} }`;

/** Misspelt searches: nothing matches by word, so the trigram branch runs (reported apart, no aim). */
const TYPOS = ['montpelier', 'grenobel', 'marseile', 'saint etiene', 'innovaton publique'];
const TERRITORY_CRITERIA: ActorCriteria = { departmentCode: '42' };
/** Section 5's sampling: a p95 over 100 runs of a 0.2 ms statement measured the machine's hiccups. */
const MAP_SAMPLING = { rounds: 5, perRound: 100, warmup: 10 };

/** A statement as the actors subgraph sends it: its own query builder's SQL and parameters. */
interface Statement {
  sql: string;
  params: unknown[];
}
const statement = (query: { getQueryAndParameters(): [string, unknown[]] } | null): Statement => {
  if (!query) throw new Error('No statement for this page.');
  const [sql, params] = query.getQueryAndParameters();
  return { sql, params };
};
/** The actors subgraph's statements for section 4 and 5, built by its store (never copied here). */
function actorStatements(store: ActorStore) {
  return {
    search: (term: string) => statement(store.pageQuery({ search: term }, { offset: 0, limit: 20 })),
    bbox: statement(store.locationsQuery({ bbox: BBOX }, 5000)),
    territoryPage: statement(store.pageQuery(TERRITORY_CRITERIA, { offset: 0, limit: 50 })),
    territoryCount: statement(store.countQuery(TERRITORY_CRITERIA)),
  };
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) a process has used, in ms (Linux /proc); NaN elsewhere. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

function hasTaskset(): boolean {
  try {
    execSync('taskset -V', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const f1 = (v: number) => v.toFixed(1);
const ms = (v: number) => `${f1(v)} ms`;
const load = () => loadavg().map((v) => v.toFixed(2)).join(' / ');
const version = (pkg: string) => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
};

interface Server {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts serve.ts in a child process (inheriting this process's CPU pinning). */
function startServer(kind: 'ours' | 'hive' | 'bare', settings: ServeSettings): Promise<Server> {
  return new Promise((resolveServer, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SERVE: JSON.stringify(settings) };
    delete env.REDIS_URL;
    const child = spawn(process.execPath, [join(__dirname, 'serve.js'), kind], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) {
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolveServer({
          url: match[1]!,
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 8000).unref();
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code}) before it was ready: ${out.slice(-400)}`)));
  });
}

async function post(url: string, query: string, signed = false): Promise<{ text: string; json: { data?: any; errors?: unknown[] } }> {
  const body = JSON.stringify({ query });
  const { signInternalRequest } = await import('@ecosystem/common');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signed ? signInternalRequest(TEST_INTERNAL_SECRET, body) : {}) },
    body,
  });
  const text = await response.text();
  return { text, json: JSON.parse(text) };
}

async function answer(url: string, query: string, signed = false): Promise<string> {
  const { text, json } = await post(url, query, signed);
  if (json.errors || !json.data) throw new Error(`${url} answered with errors: ${text.slice(0, 400)}`);
  return text;
}

async function startSubgraphs(databaseUrl: string): Promise<Record<'actors' | 'opportunities' | 'contacts', RunningSubgraph>> {
  const options = { databaseUrl, jwtSecret: TEST_JWT_SECRET, internalSecret: TEST_INTERNAL_SECRET, port: 0, host: '127.0.0.1', seed: 'never' as const };
  const [actors, opportunities, contacts] = await Promise.all([
    startSubgraph(actorsSubgraph, options),
    startSubgraph(opportunitiesSubgraph, options),
    startSubgraph(contactsSubgraph, options),
  ]);
  return { actors, opportunities, contacts };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ecosystem-bench-'));
  const lines: string[] = [];
  const log = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const section = (title: string) => {
    log(`## ${title}`);
    log();
    log(`Load average (1/5/15 min) at start: ${load()}.`);
    log();
  };
  const endSection = () => {
    log(`Load average at end: ${load()}.`);
    log();
  };
  if (PIN) execSync(`taskset -a -cp ${SERVER_CPUS} ${process.pid}`, { stdio: 'ignore' });
  const runStarted = performance.now();
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: 21000 + Math.floor(Math.random() * 9000), database: 'postgres', ephemeral: true });
  const postgresSeconds = (performance.now() - runStarted) / 1000;
  const servers: Server[] = [];
  const subgraphSets: Array<Record<string, RunningSubgraph>> = [];
  try {
    const admin = new URL(postgres.url);
    admin.pathname = '/postgres';
    const pg = new Client({ connectionString: admin.toString() });
    await pg.connect();
    const pgVersion = (await pg.query('SHOW server_version')).rows[0].server_version as string;
    await pg.end();
    const date = new Date().toISOString();
    let head = '?';
    try {
      head = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
      if (execSync('git status --porcelain --untracked-files=no', { cwd: ROOT }).toString().trim()) head += ' (+ uncommitted changes)';
    } catch {
      /* not a git checkout */
    }
    log(`# Benchmark — ${date.slice(0, 10)}`);
    log();
    log(`- Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM (load averages below: other jobs may share it).`);
    log(
      `- Versions: Node ${process.version}, PostgreSQL ${pgVersion} (embedded), @apollo/gateway ${version('@apollo/gateway')}, @apollo/server ${version('@apollo/server')}, ` +
        `@graphql-hive/gateway ${version('@graphql-hive/gateway')} (runtime ${version('@graphql-hive/gateway-runtime')}), autocannon ${version('autocannon')}, git ${head}.`,
    );
    log(
      `- Layout: ${PIN ? `PostgreSQL, the subgraphs and each server under test pinned to CPU ${SERVER_CPUS} (\`taskset\`), autocannon to CPU ${LOAD_CPUS}` : 'not pinned'}; ` +
        `every server under test is its own process. ${CONNECTIONS} keep-alive connections, ${WARMUP} s warm-up then ${SECONDS} s per measure, ` +
        `${ROUNDS} interleaved round(s), best round kept. Latencies from autocannon (p50 / p97.5 / p99); an answer counts only if it is exactly the expected bytes.`,
    );
    log(`- Load average (1/5/15 min) at start: ${load()}.`);
    log();

    // 7b. The full seed (every collectivité of France and the documented organisations), timed.
    const seedName = 'eco_bench_seed';
    await ensureDatabase(admin.toString(), seedName);
    const seedUrl = new URL(postgres.url);
    seedUrl.pathname = `/${seedName}`;
    const seedTimes: string[] = [];
    const seedStarted = performance.now();
    for (const definition of SUBGRAPH_DEFINITIONS) {
      const t0 = performance.now();
      const database = await openDatabase(definition, seedUrl.toString(), 2);
      try {
        await seedDatabase(definition, database.dataSource, 'always');
      } finally {
        await database.dataSource.destroy();
      }
      seedTimes.push(`${definition.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    await (await openAccountsDatabase(seedUrl.toString(), 2)).dataSource.destroy();
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const seedLoad = load();

    // The synthetic datasets.
    const emptyName = 'eco_bench_empty';
    await buildEmptyDatabase(postgres.url, emptyName);
    const communes = await readCommunes(seedUrl.toString());
    const datasets: Array<{ size: number; url: string; counts: Awaited<ReturnType<typeof fillSynthetic>> }> = [];
    for (const size of SIZES) {
      const url = await cloneDatabase(postgres.url, emptyName, `eco_bench_${size}`);
      datasets.push({ size, url, counts: await fillSynthetic(url, size, communes) });
    }
    log('## Data');
    log();
    log(`Synthetic and deterministic (gateway/src/bench/synthetic.ts), every row's source: « ${SYNTHETIC_SOURCE} »; actors spread over the ${communes.length.toLocaleString('en')} located communes of the real seed.`);
    log();
    log('| dataset | actors | opportunities | contacts | partnerships | built in |');
    log('|---|---|---|---|---|---|');
    for (const d of datasets) log(`| ${d.size / 1000}k | ${d.counts.actors} | ${d.counts.opportunities} | ${d.counts.contacts} | ${d.counts.partnerships} | ${(d.counts.ms / 1000).toFixed(1)} s |`);
    log();

    const big = datasets[datasets.length - 1]!;
    const small = datasets[0]!;
    const subgraphsBySize = new Map<number, Record<'actors' | 'opportunities' | 'contacts', RunningSubgraph>>();
    for (const d of datasets) {
      const set = await startSubgraphs(d.url);
      subgraphsBySize.set(d.size, set);
      subgraphSets.push(set);
    }
    const settingsFor = (size: number, extra: Partial<ServeSettings> = {}): ServeSettings => ({
      supergraphPath: join(ROOT, 'schema/supergraph.graphql'),
      clientDir: join(ROOT, 'client/dist-none'),
      databaseUrl: datasets.find((d) => d.size === size)!.url,
      jwtSecret: TEST_JWT_SECRET,
      internalSecret: TEST_INTERNAL_SECRET,
      subgraphUrls: Object.fromEntries(Object.entries(subgraphsBySize.get(size)!).map(([name, s]) => [name, s.service.url.replace('localhost', '127.0.0.1')])),
      ...extra,
    });
    const start = async (kind: 'ours' | 'hive' | 'bare', settings: ServeSettings) => {
      const server = await startServer(kind, settings);
      servers.push(server);
      return server;
    };

    const FETCHERS: SubgraphFetcherKind[] = ['make-fetch-happen', 'fetch', 'http-no-dedupe', 'http'];
    const ours = new Map<SubgraphFetcherKind, Server>();
    for (const fetcher of FETCHERS) ours.set(fetcher, await start('ours', settingsFor(big.size, { fetcher })));
    const hive = await start('hive', settingsFor(big.size));
    const hiveNoDedupe = await start('hive', settingsFor(big.size, { dedupe: false }));
    const direct = subgraphsBySize.get(big.size)!.actors.service.url.replace('localhost', '127.0.0.1');

    /**
     * Interleaved rounds of `targets`, each warmed up; the best round (by req/s) of each is kept.
     * Beside req/s, the CPU time the server under test (`pid`) and the subgraphs (this process) spent
     * per answered request: much steadier than req/s on a shared machine.
     */
    type Measured = CannonResult & { serverCpu: number; subgraphCpu: number };
    const measure = async (query: string, targets: Array<{ name: string; url: string; pid: number; signed?: boolean }>) => {
      const best = new Map<string, Measured>();
      const body = JSON.stringify({ query });
      const expected = new Map<string, string>();
      for (const t of targets) expected.set(t.name, await answer(t.url, query, t.signed));
      for (let round = 0; round < ROUNDS; round++) {
        for (const t of targets) {
          const job = { url: t.url, body, connections: CONNECTIONS, signWith: t.signed ? TEST_INTERNAL_SECRET : undefined, expectBody: expected.get(t.name) };
          await runCannon({ ...job, seconds: WARMUP }, PIN ? LOAD_CPUS : undefined);
          const server0 = cpuMs(t.pid);
          const subgraphs0 = cpuMs(process.pid);
          const result = await runCannon({ ...job, seconds: SECONDS }, PIN ? LOAD_CPUS : undefined);
          const served = Math.max(1, result.requests);
          const measured: Measured = {
            ...result,
            serverCpu: (cpuMs(t.pid) - server0) / served,
            subgraphCpu: t.pid === process.pid ? NaN : (cpuMs(process.pid) - subgraphs0) / served,
          };
          const previous = best.get(t.name);
          if (!previous || measured.perSecond > previous.perSecond) best.set(t.name, measured);
          console.log(`  [round ${round + 1}] ${t.name}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50} ms, ${measured.serverCpu.toFixed(2)} ms CPU/request, errors ${result.errors}`);
        }
      }
      return { results: best, expected };
    };
    const table = (rows: Array<[string, Measured]>, base?: Measured) => {
      log(`| server | req/s | p50 | p97.5 | p99 | errors | server CPU per request | subgraphs' CPU per request |${base ? ' req/s vs first row | CPU vs first row |' : ''}`);
      log(`|---|---|---|---|---|---|---|---|${base ? '---|---|' : ''}`);
      for (const [name, r] of rows) {
        log(
          `| ${name} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p97_5)} | ${ms(r.p99)} | ${r.errors} | ${r.serverCpu.toFixed(2)} ms | ${Number.isNaN(r.subgraphCpu) ? '—' : `${r.subgraphCpu.toFixed(2)} ms`} |` +
            (base ? ` ${(r.perSecond / base.perSecond).toFixed(2)} × | ${(r.serverCpu / base.serverCpu).toFixed(2)} × |` : ''),
        );
      }
      log();
    };
    const label: Record<SubgraphFetcherKind, string> = {
      'make-fetch-happen': 'our gateway, make-fetch-happen (Apollo default: before)',
      fetch: 'our gateway, global fetch (undici keep-alive)',
      'http-no-dedupe': 'our gateway, node:http keep-alive Agent',
      http: 'our gateway, node:http keep-alive Agent + in-flight dedupe (after: the default)',
    };

    // 1. Gateway overhead.
    section(`1. Gateway overhead: a single-subgraph query (${big.size / 1000}k actors)`);
    log(`\`${SINGLE}\``);
    log();
    const q1 = await measure(SINGLE, [{ name: 'direct', url: direct, pid: process.pid, signed: true }, ...FETCHERS.map((f) => ({ name: f, url: ours.get(f)!.url, pid: ours.get(f)!.child.pid! }))]);
    const q1Direct = q1.results.get('direct')!;
    table([['straight to the actors subgraph (HMAC-signed, verified by the subgraph on every request)', q1Direct], ...FETCHERS.map((f) => [label[f], q1.results.get(f)!] as [string, Measured])], q1Direct);
    for (const f of FETCHERS) log(`- ${label[f]}: **${((q1.results.get(f)!.perSecond / q1Direct.perSecond) * 100).toFixed(0)} %** of direct throughput.`);
    log();
    log(
      'The load is 16 identical queries at a time: with the in-flight dedupe the subgraph answers each burst once, so that row can pass the direct one; ' +
        'the row without dedupe is the gateway\'s own overhead (it runs on the same core as the subgraph and PostgreSQL, so every millisecond of gateway CPU is taken from them).',
    );
    log();
    endSection();

    // 2. Our gateway vs Hive Gateway on the federated territory query.
    section(`2. Federated territory query: our gateway vs Hive Gateway (${big.size / 1000}k actors)`);
    log(`\`${TERRITORY}\``);
    log();
    const q2 = await measure(TERRITORY, [{ name: 'hive', url: hive.url, pid: hive.child.pid! }, { name: 'hive-no-dedupe', url: hiveNoDedupe.url, pid: hiveNoDedupe.child.pid! }, ...FETCHERS.map((f) => ({ name: f, url: ours.get(f)!.url, pid: ours.get(f)!.child.pid! }))]);
    const q2Hive = q2.results.get('hive')!;
    const sameData = [...FETCHERS, 'hive-no-dedupe'].every((f) => JSON.stringify(JSON.parse(q2.expected.get(f)!).data) === JSON.stringify(JSON.parse(q2.expected.get('hive')!).data));
    table([['Hive Gateway, as shipped (same supergraph and subgraphs, HMAC added in onFetch; dedupes identical in-flight upstream queries)', q2Hive], ['Hive Gateway, upstream dedupe off', q2.results.get('hive-no-dedupe')!], ...FETCHERS.map((f) => [label[f], q2.results.get(f)!] as [string, Measured])], q2Hive);
    log(`Same data from both gateways: ${sameData ? 'yes' : '**no**'} (${JSON.parse(q2.expected.get('hive')!).data.actors.nodes.length} actors of ${JSON.parse(q2.expected.get('hive')!).data.actors.totalCount}).`);
    log();
    const q2HiveNoDedupe = q2.results.get('hive-no-dedupe')!;
    for (const f of FETCHERS) {
      const r = q2.results.get(f)!;
      log(`- ${label[f]}: **${(r.perSecond / q2Hive.perSecond).toFixed(2)} ×** the throughput of Hive Gateway as shipped, ${(r.perSecond / q2HiveNoDedupe.perSecond).toFixed(2)} × without its dedupe; CPU per request ${(r.serverCpu / q2Hive.serverCpu).toFixed(2)} × Hive's.`);
    }
    log();
    endSection();
    for (const s of [...ours.values(), hive, hiveNoDedupe]) await s.stop();

    // 3. Warm response cache vs a bare node:http server returning the same bytes.
    section(`3. Response cache warm vs a bare node:http server (${big.size / 1000}k actors)`);
    const cached = await start('ours', settingsFor(big.size, { cache: true }));
    const cachedBody = await answer(cached.url, TERRITORY);
    const bodyFile = join(dir, 'territory.json');
    writeFileSync(bodyFile, cachedBody);
    const bare = await start('bare', settingsFor(big.size, { bodyFile }));
    const statementsOf = (size: number) => Object.values(subgraphsBySize.get(size)!).reduce((n, s) => n + s.database.statements.count, 0);
    const before = statementsOf(big.size);
    const q3 = await measure(TERRITORY, [{ name: 'bare', url: bare.url, pid: bare.child.pid! }, { name: 'cached', url: cached.url, pid: cached.child.pid! }]);
    const sqlDuringCached = statementsOf(big.size) - before;
    table([['bare node:http server, same bytes', q3.results.get('bare')!], ['our gateway, response cache warm (memory)', q3.results.get('cached')!]], q3.results.get('bare'));
    log(`The warm cache serves **${((q3.results.get('cached')!.perSecond / q3.results.get('bare')!.perSecond) * 100).toFixed(0)} %** of the bare server's throughput; SQL statements sent by the subgraphs meanwhile: ${sqlDuringCached} (the warm-up's first request fills the cache).`);
    log();
    endSection();
    await cached.stop();
    await bare.stop();

    // 4–6 need an API per dataset: our gateway with the default fetcher, no cache.
    const apis = new Map<number, Server>();
    for (const d of datasets) apis.set(d.size, await start('ours', settingsFor(d.size)));

    // 4. Search latency.
    section('4. Search latency (sequential, one client)');
    const sqlClients = new Map<number, Client>();
    for (const d of datasets) {
      const c = new Client({ connectionString: d.url });
      // Stopping PostgreSQL after a failure ends this connection: the failure is what gets reported.
      c.on('error', () => undefined);
      await c.connect();
      // The subgraphs' session settings (subgraphs/common/src/database.ts).
      await c.query('SET search_path = actors, public');
      await c.query(`SET pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`);
      sqlClients.set(d.size, c);
    }
    const statements = new Map<number, ReturnType<typeof actorStatements>>();
    for (const d of datasets) {
      const database = await openDatabase(actorsSubgraph, d.url, 2);
      statements.set(d.size, actorStatements(new ActorStore(database.dataSource)));
      await database.dataSource.destroy();
    }
    const run = (c: Client, s: Statement) => c.query(s.sql, s.params);
    const searchRows: string[] = [];
    const searchBySize = new Map<number, { sql: LoadResult; api: LoadResult }>();
    for (const d of datasets) {
      const c = sqlClients.get(d.size)!;
      const api = apis.get(d.size)!.url;
      const measure = async (terms: string[]) => {
        const sqls = terms.map((t) => statements.get(d.size)!.search(t));
        const gql = (i: number) => `{ actors(filter: { search: ${JSON.stringify(terms[i % terms.length])} }, first: 20) { nodes { id name } } }`;
        for (let i = 0; i < terms.length; i++) {
          await run(c, sqls[i]!);
          await answer(api, gql(i));
        }
        const sql = await timed(terms.length * 10, (i) => run(c, sqls[i % terms.length]!));
        const viaApi = await timed(terms.length * 10, (i) => answer(api, gql(i)));
        return { sql, api: viaApi };
      };
      const spelt = await measure(SEARCHES);
      const typos = await measure(TYPOS);
      searchBySize.set(d.size, spelt);
      const row = (label: string, r: { sql: LoadResult; api: LoadResult }) => `| ${d.size / 1000}k | ${label} | ${ms(r.sql.p50)} | ${ms(r.sql.p95)} | ${ms(r.api.p50)} | ${ms(r.api.p95)} |`;
      searchRows.push(row('spelt right', spelt), row('misspelt', typos));
    }
    log(`${SEARCHES.length} searches (${SEARCHES.map((s) => `« ${s} »`).join(', ')}) × 10 each, after one warm pass; then ${TYPOS.length} misspelt ones (${TYPOS.map((s) => `« ${s} »`).join(', ')}), which match no word and so run the trigram branch. SQL: the actors subgraph's own statement for \`actors(filter: { search }, first: 20)\` (ActorStore.pageQuery), parameters bound as it sends them.`);
    log();
    log('| actors | searches | SQL p50 | SQL p95 | API p50 | API p95 |');
    log('|---|---|---|---|---|---|');
    for (const r of searchRows) log(r);
    log();
    const bigSearch = searchBySize.get(big.size)!;
    log(`Search p95 in SQL at ${big.size / 1000}k: ${ms(bigSearch.sql.p95)} (aim: under 15 ms): **${bigSearch.sql.p95 < 15 ? 'met' : 'not met'}**.`);
    log();
    const plan = async (c: Client, s: Statement) =>
      (await c.query(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${s.sql}`, s.params)).rows.map((r) => r['QUERY PLAN'] as string);
    for (const term of ['saint etienne', 'innovation publique']) {
      log(`Plan at ${big.size / 1000}k (« ${term} »):`);
      log();
      log('```');
      for (const l of await plan(sqlClients.get(big.size)!, statements.get(big.size)!.search(term))) log(l);
      log('```');
      log();
    }
    endSection();

    // 5. Bbox and territory queries for a fixed viewport.
    section(`5. Map viewport and territory queries (fixed: Saint-Étienne area ${BBOX_GQL}; département 42)`);
    const BBOX_API = `{ actorLocations(filter: { bbox: ${BBOX_GQL} }, limit: 5000) { id kind collectivityLevel name latitude longitude } }`;
    const TERRITORY_API = `{ actors(filter: { departmentCode: "42" }, first: 50) { totalCount nodes { id name kind } } }`;
    const mapRows: string[] = [];
    const mapBySize = new Map<number, Record<string, LoadResult>>();
    const counted = new Map<number, { located: number; inDepartment: number }>();
    const mapMeasures: Record<string, (i: number) => Promise<unknown>> = {};
    for (const d of datasets) {
      const c = sqlClients.get(d.size)!;
      const api = apis.get(d.size)!.url;
      const located = JSON.parse(await answer(api, BBOX_API)).data.actorLocations.length as number;
      const inDepartment = JSON.parse(await answer(api, TERRITORY_API)).data.actors.totalCount as number;
      counted.set(d.size, { located, inDepartment });
      const own = statements.get(d.size)!;
      mapMeasures[`${d.size}:bboxSql`] = () => run(c, own.bbox);
      mapMeasures[`${d.size}:bboxApi`] = () => answer(api, BBOX_API);
      mapMeasures[`${d.size}:territorySql`] = async () => {
        await run(c, own.territoryPage);
        await run(c, own.territoryCount);
      };
      mapMeasures[`${d.size}:territoryApi`] = () => answer(api, TERRITORY_API);
    }
    const mapResults = await interleaved(mapMeasures, MAP_SAMPLING);
    for (const d of datasets) {
      const results = Object.fromEntries(['bboxSql', 'bboxApi', 'territorySql', 'territoryApi'].map((m) => [m, mapResults[`${d.size}:${m}`]!]));
      const { located, inDepartment } = counted.get(d.size)!;
      mapBySize.set(d.size, results);
      mapRows.push(
        `| ${d.size / 1000}k | ${located} | ${ms(results.bboxSql.p50)} / ${ms(results.bboxSql.p95)} | ${ms(results.bboxApi.p50)} / ${ms(results.bboxApi.p95)} | ` +
          `${inDepartment} | ${ms(results.territorySql.p50)} / ${ms(results.territorySql.p95)} | ${ms(results.territoryApi.p50)} / ${ms(results.territoryApi.p95)} |`,
      );
    }
    log(`Sequential requests (p50 / p95), ${MAP_SAMPLING.rounds} rounds interleaving every measure of both sizes, each ${MAP_SAMPLING.warmup} warm-up then ${MAP_SAMPLING.perRound} timed runs (${MAP_SAMPLING.rounds * MAP_SAMPLING.perRound} per measure). Bbox: \`actorLocations\` (the map's markers); territory: the first 50 actors of the département by name, with \`totalCount\`.`);
    log();
    log('| actors | in the viewport | bbox SQL | bbox API | in the département | territory SQL | territory API |');
    log('|---|---|---|---|---|---|---|');
    for (const r of mapRows) log(r);
    log();
    const bboxRatio = mapBySize.get(big.size)!.bboxApi.p95 / mapBySize.get(small.size)!.bboxApi.p95;
    const bboxSqlRatio = mapBySize.get(big.size)!.bboxSql.p95 / mapBySize.get(small.size)!.bboxSql.p95;
    log(`Bbox p95 at ${big.size / 1000}k vs ${small.size / 1000}k: ${bboxSqlRatio.toFixed(2)} × in SQL, ${bboxRatio.toFixed(2)} × through the API (aim: within 1.5 ×): **${bboxRatio <= 1.5 ? 'met' : 'not met'}** through the API. The viewport holds ${big.size / small.size} × as many actors at ${big.size / 1000}k: the work grows with what is shown, not with the table.`);
    log();
    log('```');
    for (const l of await plan(sqlClients.get(big.size)!, statements.get(big.size)!.bbox)) log(l);
    log('');
    for (const l of await plan(sqlClients.get(big.size)!, statements.get(big.size)!.territoryPage)) log(l);
    log('');
    for (const l of await plan(sqlClients.get(big.size)!, statements.get(big.size)!.territoryCount)) log(l);
    log('```');
    log();
    endSection();
    for (const c of sqlClients.values()) await c.end();

    // 6. SQL statements per request do not depend on the result size.
    section(`6. SQL statements per request (federated query over région 84, ${big.size / 1000}k actors)`);
    log('| actors returned | actors subgraph | opportunities subgraph | contacts subgraph |');
    log('|---|---|---|---|');
    const api = apis.get(big.size)!.url;
    const set = subgraphsBySize.get(big.size)!;
    const counts: string[] = [];
    for (const first of [10, 100, 1000]) {
      await answer(api, TERRITORY_SIZED(first));
      Object.values(set).forEach((s) => s.database.statements.reset());
      const result = JSON.parse(await answer(api, TERRITORY_SIZED(first))) as { data: { actors: { nodes: unknown[] } } };
      const s = Object.fromEntries(Object.entries(set).map(([name, sg]) => [name, sg.database.statements.count]));
      counts.push(`${s.actors}/${s.opportunities}/${s.contacts}`);
      log(`| ${result.data.actors.nodes.length} | ${s.actors} | ${s.opportunities} | ${s.contacts} |`);
    }
    log();
    log(`Constant: **${counts.every((c) => c === counts[0]) ? 'yes' : 'no'}**.`);
    log();
    endSection();
    for (const s of apis.values()) await s.stop();
    for (const s of subgraphSets) await Promise.all(Object.values(s).map((sg) => sg.stop()));
    subgraphSets.length = 0;

    // 7. Cold start and seed.
    section('7. Cold start and full seed');
    const coldPort = 22000 + Math.floor(Math.random() * 9000);
    const coldEnv: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: seedUrl.toString(), PORT: String(coldPort), DATA_DIR: join(dir, 'cold') };
    delete coldEnv.REDIS_URL;
    mkdirSync(join(dir, 'cold'), { recursive: true });
    const launch = join(ROOT, 'gateway/dist/launch.js');
    const t0 = performance.now();
    // Both cores, as a real start would have.
    const child = PIN ? spawn('taskset', ['-c', '0-1', process.execPath, launch], { env: coldEnv, stdio: 'ignore' }) : spawn(process.execPath, [launch], { env: coldEnv, stdio: 'ignore' });
    let coldMs = NaN;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const ok = await post(`http://127.0.0.1:${coldPort}/graphql`, '{ actors(first: 1) { nodes { id name } } }').then(
        (r) => !!r.json.data && !r.json.errors,
        () => false,
      );
      if (ok) {
        coldMs = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
    log('| measure | time |');
    log('|---|---|');
    log(`| cold start: \`node gateway/dist/launch.js\` (what \`npm start\` runs after its build step; built, data present, PostgreSQL already up) to the first answered query | ${(coldMs / 1000).toFixed(2)} s |`);
    log(`| the embedded PostgreSQL of this run: initdb and start (\`npm start\` without DATABASE_URL starts one, already initialised after the first start) | ${postgresSeconds.toFixed(1)} s |`);
    log(`| full seed of an empty database: migrations and the real seed of the three subgraphs (${seedTimes.join(', ')}) | ${seedSeconds.toFixed(1)} s (load average then: ${seedLoad}) |`);
    log();
    endSection();

    // Where we stand against the aims of the performance issue (the default gateway: `http`).
    const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
    const q1Ours = q1.results.get('http')!;
    const q1Lean = q1.results.get('http-no-dedupe')!;
    const q2Ours = q2.results.get('http')!;
    const q2Lean = q2.results.get('http-no-dedupe')!;
    const yes = (ok: boolean) => (ok ? 'met' : '**not met**');
    log('## Aims');
    log();
    log('| aim | measured | |');
    log('|---|---|---|');
    log(`| our gateway at least matches Hive Gateway on query 2 | ${pct(q2Ours.perSecond, q2Hive.perSecond)} of Hive as shipped (both dedupe); without dedupe on either side ${pct(q2Lean.perSecond, q2HiveNoDedupe.perSecond)} | ${yes(q2Ours.perSecond >= q2Hive.perSecond)} |`);
    log(`| at least 60 % of direct throughput on query 1 | ${pct(q1Ours.perSecond, q1Direct.perSecond)} with dedupe; ${pct(q1Lean.perSecond, q1Direct.perSecond)} without | ${yes(q1Ours.perSecond >= 0.6 * q1Direct.perSecond)} with dedupe, ${yes(q1Lean.perSecond >= 0.6 * q1Direct.perSecond)} without |`);
    log(`| search p95 under 15 ms in SQL at ${big.size / 1000}k | ${ms(bigSearch.sql.p95)} | ${yes(bigSearch.sql.p95 < 15)} |`);
    log(`| bbox p95 at ${big.size / 1000}k within 1.5 × of ${small.size / 1000}k | ${bboxRatio.toFixed(2)} × through the API, ${bboxSqlRatio.toFixed(2)} × in SQL | ${yes(bboxRatio <= 1.5)} |`);
    log();
    log(`Whole run: ${((performance.now() - runStarted) / 60000).toFixed(1)} min. Load average at the end: ${load()}.`);
    const out = join(ROOT, 'bench/results');
    mkdirSync(out, { recursive: true });
    // BENCH_OUT: somewhere else (smoke runs), so bench/results keeps full runs only.
    const file = process.env.BENCH_OUT ?? join(out, `${date.slice(0, 10)}.md`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`\nwrote ${file}`);
  } finally {
    for (const s of servers) await s.stop().catch(() => undefined);
    for (const s of subgraphSets) await Promise.all(Object.values(s).map((sg) => sg.stop().catch(() => undefined)));
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
