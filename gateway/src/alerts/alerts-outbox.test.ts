/**
 * The outbox's guarantee: no delivery lost or doubled when a worker dies mid-delivery or when two
 * workers (two gateway processes) run at once. Receivers see each delivery once per idempotency key,
 * plus at most one resend with the same key when the worker died between the receiver's answer
 * and its own commit (at-least-once delivery + idempotency keys; see README "Alerts").
 */
import { stableId } from '@ecosystem/common';
import { Client } from 'pg';
import { openAccountsDatabase } from '../auth/database.js';
import { startStack, type Stack } from '../testing/stack.js';
import { startReceiver } from '../testing/webhook-receiver.js';
import { IDEMPOTENCY_HEADER } from './webhook.js';

const PARIS = stableId('commune:75056');
let stack: Stack;
let editor: string;
let owner: string;

async function rest(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${stack.origin}${path}`, {
    method,
    headers: { authorization: `Bearer ${owner}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function createOpportunity(title: string, theme: string): Promise<string> {
  const result = await stack.query(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { kind: 'JOB', title, description: 'Pour tester la livraison des alertes.', hostId: PARIS, territory: { communeCode: '75056' }, themes: [theme] } },
    editor,
  );
  expect(result.errors).toBeUndefined();
  return result.data.createOpportunity.id;
}

const deliveries = async () =>
  (await stack.gateway.alerts.worker.store.dataSource.query(`SELECT id, status, attempts FROM accounts.alert_delivery ORDER BY id`)) as Array<{ id: string; status: string; attempts: number }>;

function countByKey(received: Array<{ headers: Record<string, unknown> }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of received) {
    const key = String(r.headers[IDEMPOTENCY_HEADER]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

beforeAll(async () => {
  stack = await startStack({ gateway: { alerts: { allowPrivateWebhooks: true, retryBaseMs: 100, maxAttempts: 5 } } });
  editor = await stack.token('editor', undefined, ['departement:75']);
  owner = await stack.token('member', 'outbox-owner');
}, 120_000);
afterAll(() => stack?.stop());
beforeEach(async () => {
  await stack.gateway.alerts.worker.store.dataSource.query(`DELETE FROM accounts.alert`);
});

it('resends with the same key, once, when the worker dies after the receiver got the request', async () => {
  const admin = new Client({ connectionString: stack.database.url });
  await admin.connect();
  try {
    // The receiver, on the first request, kills the worker's database session (what PostgreSQL sees
    // when a gateway process dies mid-send: the connection drops, the transaction is rolled back),
    // then acknowledges; the worker can no longer record that it sent.
    const receiver = await startReceiver(async (_request, index) => {
      if (index === 0) {
        const killed = await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle in transaction' AND query LIKE '%FOR UPDATE OF d SKIP LOCKED%'`,
        );
        expect(killed.rowCount).toBe(1);
      }
      return 200;
    });
    try {
      const created = await rest('POST', '/alerts', { name: 'Crash', webhookUrl: receiver.url, filter: { themes: ['outbox-crash'] } });
      expect(created.status).toBe(201);
      await createOpportunity('Emploi (outbox-crash)', 'outbox-crash');
      await stack.gateway.alerts.worker.detect();
      await expect(stack.gateway.alerts.worker.dispatch()).rejects.toThrow();
      expect(receiver.received).toHaveLength(1);
      // Nothing was recorded: the delivery is still pending, with no attempt counted.
      expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual([['pending', 0]]);

      // "Restart": the next round resends it, with the same key, and records it delivered.
      await stack.gateway.alerts.tick();
      expect(countByKey(receiver.received)).toEqual(new Map([[(await deliveries())[0]!.id, 2]]));
      expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual([['delivered', 1]]);
      await stack.gateway.alerts.tick();
      expect(receiver.received).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  } finally {
    await admin.end();
  }
});

it('two workers running at once detect and send each delivery exactly once', async () => {
  const receiver = await startReceiver(async () => {
    await new Promise((resolve) => setTimeout(resolve, 60));
    return 200;
  });
  const other = await openAccountsDatabase(stack.database.url, 3);
  try {
    for (let i = 0; i < 8; i += 1) {
      expect((await rest('POST', '/alerts', { name: `Concurrence ${i}`, webhookUrl: receiver.url, filter: { themes: ['outbox-concurrent'] } })).status).toBe(201);
    }
    // Two gateways: the in-process worker and a second one on its own connection pool, one
    // delivery per claim so that they interleave.
    const a = stack.gateway.alerts.worker.fork(stack.gateway.alerts.worker.store.dataSource, { batchSize: 1 });
    const b = stack.gateway.alerts.worker.fork(other.dataSource, { batchSize: 1 });
    await createOpportunity('Emploi (outbox-concurrent)', 'outbox-concurrent');
    await createOpportunity('Autre emploi (outbox-concurrent)', 'outbox-concurrent');
    const found = await Promise.all([a.detect(), b.detect()]);
    expect(found[0] + found[1]).toBe(16);
    expect(await deliveries()).toHaveLength(8);

    const sent = await Promise.all([a.dispatch(), b.dispatch()]);
    expect(sent[0] + sent[1]).toBe(8);
    expect(Math.min(...sent)).toBeGreaterThan(0);
    const counts = countByKey(receiver.received);
    expect(counts.size).toBe(8);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(counts.keys())).toEqual(new Set((await deliveries()).map((d) => d.id)));
    expect((await deliveries()).every((d) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    for (const request of receiver.received) expect(JSON.parse(request.body).items).toHaveLength(2);
  } finally {
    await other.dataSource.destroy();
    await receiver.close();
  }
});
