/**
 * PostgreSQL stops and starts again while writers create records through the gateway: during the
 * outage every answer is a clean GraphQL error with SERVICE_UNAVAILABLE (no internal error, no 5xx,
 * no hang), the subgraphs' pools reconnect by themselves, and every write that was acknowledged is
 * in the database afterwards. Runs on a PostgreSQL of its own (durable settings, not the shared
 * test server), seeded like the template.
 */
import { stableId } from '@ecosystem/common';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { buildTemplate } from '../testing/template.js';
import { RestartablePostgres, codes, freePort, gql, pool, startFaultStack, waitFor, type Answer, type FaultStack } from './harness.js';

let dir: string;
let postgres: RestartablePostgres;
let databaseUrl: string;
let stack: FaultStack;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ecosystem-pg-restart-'));
  postgres = new RestartablePostgres(join(dir, 'data'), await freePort());
  databaseUrl = await buildTemplate(await postgres.start(), 'eco_pg_restart');
  stack = await startFaultStack({ database: { url: databaseUrl, name: 'eco_pg_restart', drop: async () => undefined } });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await postgres?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const HOST = stableId('commune:42218');
const CREATE_OPPORTUNITY = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id title } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id displayName } }`;
const READ = `query($first: Int!) { actors(filter: { departmentCode: "42" }, first: $first) { nodes { id name opportunities { id } contacts { id } } } }`;

interface Write {
  kind: 'opportunity' | 'contact';
  marker: string;
  answer: Answer;
  id?: string;
}

function write(token: string, kind: Write['kind'], marker: string): Promise<Answer> {
  if (kind === 'opportunity') {
    const input = { kind: 'INTERNSHIP', title: marker, description: 'Écrit pendant le redémarrage de PostgreSQL.', hostId: HOST, territory: { communeCode: '42218' } };
    return gql(stack.url, CREATE_OPPORTUNITY, { input }, token, 30_000);
  }
  const input = { displayName: marker, roles: ['FACILITATOR'], territory: { communeCode: '42218' } };
  return gql(stack.url, CREATE_CONTACT, { input }, token, 30_000);
}

it('keeps every acknowledged write across a PostgreSQL restart, and answers SERVICE_UNAVAILABLE meanwhile', async () => {
  const token = await stack.token('editor', 'pg-restart-editor', ['departement:42']);
  let phase: 'up' | 'down' | 'back' | 'done' = 'up';
  const writes: Array<Write & { phase: string }> = [];
  const reads: Array<{ phase: string; answer: Answer }> = [];
  const run = Promise.all([
    pool(3, () => phase === 'done', async (loop, i) => {
      const kind = (loop + i) % 2 === 0 ? 'opportunity' : 'contact';
      const marker = `Fault PG ${loop}-${i} ${Date.now()}`;
      const at = phase;
      const answer = await write(token, kind, marker);
      const id = answer.body?.data?.createOpportunity?.id ?? answer.body?.data?.createContact?.id;
      writes.push({ kind, marker, answer, id, phase: at });
      // Keep the write rate modest: the point is the outage, not throughput.
      await new Promise((r) => setTimeout(r, 20));
    }),
    pool(1, () => phase === 'done', async (_loop, i) => {
      const at = phase;
      reads.push({ phase: at, answer: await gql(stack.url, READ, { first: 2 + (i % 4) }, undefined, 30_000) });
    }),
  ]);

  await waitFor(async () => writes.filter((w) => w.id).length >= 10, 20_000, 'writes before the restart');
  await postgres.stop();
  phase = 'down';
  await new Promise((r) => setTimeout(r, 3_000));
  await postgres.start();
  const restartedAt = Date.now();
  phase = 'back';
  const recoveredIn = await waitFor(async () => writes.some((w) => w.id && w.phase === 'back'), 30_000, 'a write acknowledged after the restart');
  await new Promise((r) => setTimeout(r, 1_000));
  phase = 'done';
  await run;

  const answers = [...writes.map((w) => w.answer), ...reads.map((r) => r.answer)];
  // No transport failure, no 5xx, and no error other than SERVICE_UNAVAILABLE: never an internal error.
  expect(answers.filter((a) => a.status === 0 || a.status >= 500 || !a.body).map((a) => `${a.status} ${a.failure ?? a.text.slice(0, 200)}`)).toEqual([]);
  const allCodes = answers.flatMap(codes);
  expect([...new Set(allCodes)].filter((c) => c !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  // The outage was seen, and answered within the pool's connection timeout (5 s) plus a margin.
  const refused = answers.filter((a) => codes(a).includes('SERVICE_UNAVAILABLE'));
  expect(refused.length).toBeGreaterThan(0);
  expect(Math.max(...refused.map((a) => a.ms))).toBeLessThan(15_000);
  for (const a of refused) expect(a.body?.errors?.[0]?.message).toMatch(/database is unavailable/);
  // Back without restarting anything.
  expect(recoveredIn).toBeLessThan(25_000);
  expect(Date.now() - restartedAt).toBeLessThan(40_000);
  const readsAfter = reads.filter((r) => r.phase === 'back').slice(-3);
  expect(readsAfter.length).toBeGreaterThan(0);
  for (const r of readsAfter) expect(r.answer.body?.errors).toBeUndefined();

  // Every acknowledged write is in the database, with the title it was acknowledged with.
  const acknowledged = writes.filter((w) => w.id);
  expect(acknowledged.length).toBeGreaterThan(10);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const opportunities = acknowledged.filter((w) => w.kind === 'opportunity');
    const contacts = acknowledged.filter((w) => w.kind === 'contact');
    const o = await client.query<{ id: string; title: string }>('SELECT id, title FROM opportunities.opportunity WHERE id = ANY($1)', [opportunities.map((w) => w.id)]);
    const c = await client.query<{ id: string; display_name: string }>('SELECT id, display_name FROM contacts.contact WHERE id = ANY($1)', [contacts.map((w) => w.id)]);
    expect(new Map(o.rows.map((r) => [r.id, r.title]))).toEqual(new Map(opportunities.map((w) => [w.id, w.marker])));
    expect(new Map(c.rows.map((r) => [r.id, r.display_name]))).toEqual(new Map(contacts.map((w) => [w.id, w.marker])));
    // A refused write may or may not have committed (its answer was lost), but never twice.
    const markers = writes.map((w) => w.marker);
    const dup = await client.query<{ n: string }>(
      `SELECT count(*) - count(DISTINCT title) AS n FROM opportunities.opportunity WHERE title = ANY($1)`,
      [markers],
    );
    expect(Number(dup.rows[0]!.n)).toBe(0);
  } finally {
    await client.end();
  }
}, 90_000);
