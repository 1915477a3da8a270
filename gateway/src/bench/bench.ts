/**
 * `npm run bench`: measures the running product on this machine and writes bench/results/<date>.md.
 * It starts its own embedded PostgreSQL and its own database (the real seeded data: 36,000 actors),
 * never the product's. Not part of `npm test`.
 */
import { signInternalRequest, startEmbeddedPostgres } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET } from '@ecosystem/common/testing';
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startStack } from '../testing/stack.js';
import { buildTemplate } from '../testing/template.js';
import { load, timed, type LoadResult } from './load.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const SINGLE = `{ actors(filter: { departmentCode: "42", kinds: [COLLECTIVITY] }, first: 20) { nodes { id name kind } } }`;
const TERRITORY = (first: number) => `{ actors(filter: { regionCode: "11" }, first: ${first}) { nodes {
  id name kind
  contacts { id displayName roles }
  opportunities { id title kind deadline }
} } }`;
const SEARCHES = ['saint etienne', 'collectivites', 'innovation publique', 'universite paris', 'metropole', 'dunkerque', 'recherche', 'montpellier', 'saint denis', 'lyon'];

const ms = (v: number) => `${v.toFixed(1)} ms`;
const row = (name: string, r: LoadResult) => `| ${name} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} |`;

async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version as string;
  } finally {
    await client.end();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ecosystem-bench-'));
  const lines: string[] = [];
  const log = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: 21000 + Math.floor(Math.random() * 9000), database: 'postgres', ephemeral: true });
  try {
    process.env.ECOSYSTEM_TEST_TEMPLATE_URL = await buildTemplate(postgres.url, 'eco_bench');
    const stack = await startStack();
    const gateway = stack.url;
    const direct = stack.subgraphs.actors.service.url;
    const post = (url: string, query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((r) => r.json());

    const date = new Date().toISOString();
    log(`# Benchmark — ${date.slice(0, 10)}`);
    log();
    log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, PostgreSQL ${await serverVersion(postgres.url)} (embedded), git ${execSync('git rev-parse --short HEAD').toString().trim()}.`);
    log(`Data: the real seed (36,306 actors: every collectivité, the documented organisations), in the benchmark's own database. Load: ${CONCURRENCY} concurrent keep-alive clients, ${SECONDS} s per measure after a ${Math.min(2, SECONDS)} s warm-up; the load generator runs in the same process as the servers, on the same 2 cores, so absolute figures are pessimistic and ratios are the point.`);
    log();

    // 1. Gateway overhead on a single-subgraph query.
    // The subgraphs answer only signed requests: the direct calls sign each request, as the gateway does.
    const sign = (body: string) => ({ ...signInternalRequest(TEST_INTERNAL_SECRET, body) });
    const warm = (url: string, q: string) => load(url, JSON.stringify({ query: q }), { concurrency: CONCURRENCY, seconds: Math.min(2, SECONDS), headers: url === direct ? sign : undefined });
    await warm(direct, SINGLE);
    const directResult = await load(direct, JSON.stringify({ query: SINGLE }), { concurrency: CONCURRENCY, seconds: SECONDS, headers: sign });
    await warm(gateway, SINGLE);
    const gatewayResult = await load(gateway, JSON.stringify({ query: SINGLE }), { concurrency: CONCURRENCY, seconds: SECONDS });
    await warm(gateway, TERRITORY(20));
    const territory = await load(gateway, JSON.stringify({ query: TERRITORY(20) }), { concurrency: CONCURRENCY, seconds: SECONDS });
    log('## Throughput');
    log();
    log('| query | req/s | p50 | p95 | p99 | errors |');
    log('|---|---|---|---|---|---|');
    log(row('single-subgraph query, straight to the actors subgraph (each request HMAC-signed by the client, as the gateway does)', directResult));
    log(row('same query through the gateway', gatewayResult));
    log(row('federated territory query (20 actors of a région + contacts + open opportunities), gateway', territory));
    log();
    log(`Gateway keeps **${((gatewayResult.perSecond / directResult.perSecond) * 100).toFixed(0)} %** of direct throughput on the single-subgraph query.`);
    log();

    // 2. SQL statements per request do not depend on the result size.
    log('## SQL statements per request (federated territory query)');
    log();
    log('| actors returned | actors subgraph | opportunities subgraph | contacts subgraph |');
    log('|---|---|---|---|');
    for (const first of [10, 100, 1000]) {
      await post(gateway, TERRITORY(first));
      stack.resetStatements();
      const result = (await post(gateway, TERRITORY(first))) as { data: { actors: { nodes: unknown[] } } };
      const s = stack.statements();
      log(`| ${result.data.actors.nodes.length} | ${s.actors} | ${s.opportunities} | ${s.contacts} |`);
    }
    log();

    // 3. Search latency, in SQL and through the API.
    const sql = new Client({ connectionString: stack.database.url });
    await sql.connect();
    // The same session settings as the subgraphs' pool (subgraphs/common/src/database.ts).
    await sql.query('SET search_path = actors, public');
    await sql.query('SET pg_trgm.similarity_threshold = 0.4');
    const SEARCH_SQL = `SELECT id, name FROM actor a
      WHERE a.archived_at IS NULL AND a.id IN (SELECT id FROM actor WHERE search_vector @@ websearch_to_tsquery('actors.french_unaccent', $1)
        UNION SELECT id FROM actor WHERE sort_name % actors.f_unaccent(lower($1)))
      ORDER BY similarity(a.sort_name, actors.f_unaccent(lower($1))) DESC, a.sort_name, a.id LIMIT 21`;
    const BBOX_SQL = `SELECT id, name FROM actor a WHERE a.archived_at IS NULL AND a.latitude IS NOT NULL
      AND point(a.longitude, a.latitude) <@ box(point(4.2, 45.3), point(4.6, 45.6)) ORDER BY a.sort_name, a.id LIMIT 1001`;
    const searchSql = await timed(SEARCHES.length * 5, (i) => sql.query(SEARCH_SQL, [SEARCHES[i % SEARCHES.length]]));
    const searchApi = await timed(SEARCHES.length * 5, (i) => post(gateway, `{ actors(filter: { search: ${JSON.stringify(SEARCHES[i % SEARCHES.length])} }, first: 20) { nodes { id name } } }`));
    const bboxSql = await timed(50, () => sql.query(BBOX_SQL));
    const bboxApi = await timed(50, () => post(gateway, `{ actors(filter: { bbox: { south: 45.3, west: 4.2, north: 45.6, east: 4.6 } }, first: 1000) { nodes { id name } } }`));
    const plan = (await sql.query(`EXPLAIN ${SEARCH_SQL.replace(/\$1/g, "'saint etienne'")}`)).rows.map((r) => r['QUERY PLAN'] as string);
    const bboxPlan = (await sql.query(`EXPLAIN ${BBOX_SQL}`)).rows.map((r) => r['QUERY PLAN'] as string);
    await sql.end();
    log('## Search and map queries (sequential, one client)');
    log();
    log('| measure | p50 | p95 |');
    log('|---|---|---|');
    log(`| search in SQL (${SEARCHES.length} queries × 5) | ${ms(searchSql.p50)} | ${ms(searchSql.p95)} |`);
    log(`| search through the API | ${ms(searchApi.p50)} | ${ms(searchApi.p95)} |`);
    log(`| bbox (Saint-Étienne area) in SQL | ${ms(bboxSql.p50)} | ${ms(bboxSql.p95)} |`);
    log(`| bbox through the API | ${ms(bboxApi.p50)} | ${ms(bboxApi.p95)} |`);
    log();
    log('Indexes used (EXPLAIN):');
    log();
    log('```');
    for (const line of [...plan, '', ...bboxPlan].filter((l) => /Index|Bitmap|Scan|^$/.test(l))) log(line);
    log('```');

    await stack.stop();
    const out = resolve(__dirname, '../../../bench/results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `${date.slice(0, 10)}.md`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`\nwrote ${file}`);
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
