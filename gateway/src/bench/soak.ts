/**
 * `npm run soak [-- --minutes 3 --concurrency 8]`: steady mixed load (reads, searches, a few writes
 * with an editor token) on a freshly started product against its own embedded PostgreSQL and
 * database (the real seed), then writes bench/results/soak-<date>.md: errors by code, p50/p99 per
 * kind of request, and the process's memory over time. Loopback only, bounded in time; not in CI.
 */
import { stableId, startEmbeddedPostgres } from '@ecosystem/common';
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startStack } from '../testing/stack.js';
import { buildTemplate } from '../testing/template.js';
import { percentile } from './load.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const MINUTES = option('minutes', 3);
const CONCURRENCY = option('concurrency', 8);

const SEARCHES = ['saint etienne', 'collectivites', 'innovation publique', 'universite', 'metropole', 'dunkerke', 'recherche', 'montpellier', 'saint denis', 'lyon', 'écologie', 'numérique'];
const DEPARTMENTS = ['42', '69', '75', '93', '13', '59', '33', '35', '67', '31'];
const MINES = stableId('org:mines-saint-etienne');

type Kind = 'read' | 'search' | 'write';
interface Request {
  kind: Kind;
  query: string;
  variables: Record<string, unknown>;
  token?: string;
}

function pick(i: number, editor: string): Request {
  const roll = i % 20;
  if (roll === 0) {
    // 5 % writes: an opportunity in the editor's département.
    return {
      kind: 'write',
      token: editor,
      query: `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      variables: { input: { kind: 'INTERNSHIP', title: `Soak ${i} ${Date.now()}`, description: 'Écrit par le test d’endurance.', hostId: stableId('commune:42218'), territory: { communeCode: '42218' } } },
    };
  }
  if (roll < 8) {
    return {
      kind: 'search',
      query: `query($q: String!) { actors(filter: { search: $q }, first: 10) { totalCount nodes { id name kind territory { departmentName } } } }`,
      variables: { q: SEARCHES[i % SEARCHES.length] },
    };
  }
  if (roll < 14) {
    return {
      kind: 'read',
      query: `query($d: String!) { actors(filter: { departmentCode: $d }, first: 20) { nodes { id name kind opportunities { id title deadline } contacts { id displayName } } } }`,
      variables: { d: DEPARTMENTS[i % DEPARTMENTS.length] },
    };
  }
  return {
    kind: 'read',
    query: `query($id: ID!) { actor(id: $id) { id name parent { name } children(first: 10) { name } partnerships { partner { name } } opportunities { title } } opportunities(first: 10) { nodes { id title host { name } } } }`,
    variables: { id: MINES },
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ecosystem-soak-'));
  const postgres = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: 31000 + Math.floor(Math.random() * 9000), database: 'postgres', ephemeral: true });
  try {
    console.log('Seeding the soak database (the real seed)…');
    process.env.ECOSYSTEM_TEST_TEMPLATE_URL = await buildTemplate(postgres.url, 'eco_soak');
    const stack = await startStack();
    const editor = await stack.token('editor', 'soak-editor', ['departement:42']);
    try {
      const latencies: Record<Kind, number[]> = { read: [], search: [], write: [] };
      const errors = new Map<string, number>();
      const memory: Array<{ at: number; rss: number; heap: number }> = [];
      const started = performance.now();
      const deadline = started + MINUTES * 60_000;
      const sample = () => memory.push({ at: (performance.now() - started) / 1000, rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed });
      sample();
      const sampler = setInterval(sample, 5_000);
      const progress = setInterval(() => {
        const done = Object.values(latencies).reduce((n, l) => n + l.length, 0);
        console.log(`  ${((performance.now() - started) / 1000).toFixed(0)} s: ${done} requests, ${[...errors.values()].reduce((a, b) => a + b, 0)} errors, RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
      }, 15_000);
      let counter = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < deadline) {
            const request = pick(counter++, editor);
            const t0 = performance.now();
            try {
              const response = await fetch(stack.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
                body: JSON.stringify({ query: request.query, variables: request.variables }),
                signal: AbortSignal.timeout(30_000),
              });
              const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
              if (!response.ok || body.errors) {
                const code = `${request.kind}: HTTP ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim();
                errors.set(code, (errors.get(code) ?? 0) + 1);
              } else {
                latencies[request.kind].push(performance.now() - t0);
              }
            } catch (error) {
              const code = `${request.kind}: ${(error as Error).name}`;
              errors.set(code, (errors.get(code) ?? 0) + 1);
            }
          }
        }),
      );
      clearInterval(sampler);
      clearInterval(progress);
      sample();
      const seconds = (performance.now() - started) / 1000;

      const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
      const ms = (v: number) => `${v.toFixed(1)} ms`;
      // Growth measured from the first sample after warm-up (10 % of the run), to the end.
      const warm = memory.find((m) => m.at >= seconds * 0.1) ?? memory[0]!;
      const last = memory[memory.length - 1]!;
      const total = Object.values(latencies).reduce((n, l) => n + l.length, 0);
      const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
      const date = new Date().toISOString();
      const lines = [
        `# Soak — ${date.slice(0, 16).replace('T', ' ')} UTC`,
        '',
        `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, git ${execSync('git rev-parse --short HEAD').toString().trim()}.`,
        `Product: the three subgraphs and the gateway in one process (as the tests run them), on its own embedded PostgreSQL with the real seed; load from the same process: ${CONCURRENCY} concurrent keep-alive clients for ${MINUTES} min (${seconds.toFixed(0)} s), 60 % reads (a département's actors with their opportunities and contacts, an actor page), 35 % searches, 5 % writes (createOpportunity, editor of département 42).`,
        '',
        `**${total} successful requests (${(total / seconds).toFixed(0)}/s), ${errorCount} errors.**`,
        '',
        '| kind | requests | p50 | p99 | max |',
        '|---|---|---|---|---|',
        ...(['read', 'search', 'write'] as Kind[]).map((kind) => {
          const sorted = [...latencies[kind]].sort((a, b) => a - b);
          return `| ${kind} | ${sorted.length} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${ms(sorted[sorted.length - 1] ?? NaN)} |`;
        }),
        '',
        errorCount ? ['| error | count |', '|---|---|', ...[...errors].map(([code, n]) => `| ${code} | ${n} |`)].join('\n') : 'No errors.',
        '',
        `Memory (RSS of the whole process): ${mb(memory[0]!.rss)} at start, ${mb(warm.rss)} after warm-up (${warm.at.toFixed(0)} s), ${mb(Math.max(...memory.map((m) => m.rss)))} at most, ${mb(last.rss)} at the end: **${last.rss >= warm.rss ? '+' : ''}${mb(last.rss - warm.rss)} after warm-up**. Heap used: ${mb(warm.heap)} → ${mb(last.heap)}.`,
        '',
        '| s | RSS | heap used |',
        '|---|---|---|',
        ...memory.filter((_, i) => i % Math.max(1, Math.floor(memory.length / 12)) === 0 || _ === last).map((m) => `| ${m.at.toFixed(0)} | ${mb(m.rss)} | ${mb(m.heap)} |`),
        '',
      ];
      const report = lines.join('\n');
      console.log(`\n${report}`);
      const out = resolve(__dirname, '../../../bench/results');
      mkdirSync(out, { recursive: true });
      const file = join(out, `soak-${date.slice(0, 10)}.md`);
      writeFileSync(file, report);
      console.log(`Written to ${file}`);
      if (errorCount > 0) process.exitCode = 1;
    } finally {
      await stack.stop();
    }
  } finally {
    await postgres.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
