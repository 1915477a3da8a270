/**
 * Liveness and readiness on every service, as a load balancer or Docker sees them: GET /health says
 * the process answers, GET /ready says it can serve (its database answers; for the gateway, also
 * every subgraph). With the database unreachable, /ready answers 503 while /health stays 200, so an
 * orchestrator takes the instance out of rotation without killing it; once the database is back,
 * /ready is 200 again without a restart. docker-compose.yml's health-check commands themselves are
 * run here against the real services.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { parse } from 'yaml';
import { startStack, type Stack } from '../testing/stack.js';

const run = promisify(execFile);
const compose = parse(readFileSync(resolve(__dirname, '../../../docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, { healthcheck: { test: string[] } }>;
};

let stack: Stack;
let services: Array<[name: string, origin: string]>;
beforeAll(async () => {
  stack = await startStack();
  services = [
    ['gateway', stack.origin],
    ...Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.service.url.replace(/\/graphql$/, '')] as [string, string]),
  ];
}, 90_000);
afterAll(async () => {
  await setConnections(true).catch(() => undefined);
  await stack?.stop();
});

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Runs a service's docker-compose health check, pointed at the port the test service listens on. */
async function composeHealthCheck(name: string, origin: string): Promise<number> {
  const [kind, ...command] = compose.services[name].healthcheck.test;
  expect(kind).toBe('CMD');
  const port = new URL(origin).port;
  const args = command.slice(1).map((arg) => arg.replace(/127\.0\.0\.1:4000\//, `127.0.0.1:${port}/`));
  expect(args.join(' ')).toContain(`127.0.0.1:${port}/ready`);
  return run(process.execPath, args, { timeout: 10_000 }).then(
    () => 0,
    (error: { code?: number }) => error.code ?? 1,
  );
}

/** Makes this stack's database refuse new connections and cuts the open ones (as a database outage would). */
async function setConnections(allowed: boolean): Promise<void> {
  const admin = new Client({ connectionString: stack.database.url.replace(/\/[^/?]+(\?|$)/, '/postgres$1') });
  await admin.connect();
  try {
    await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(stack.database.name)} ALLOW_CONNECTIONS ${allowed}`);
    if (!allowed) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [stack.database.name]);
  } finally {
    await admin.end();
  }
}

it('every service answers /health and /ready with 200, and its compose health check passes', async () => {
  for (const [name, origin] of services) {
    expect([name, await get(`${origin}/health`)]).toEqual([name, { status: 200, body: { status: 'ok', service: name } }]);
    const ready = await get(`${origin}/ready`);
    expect([name, ready.status, ready.body.status]).toEqual([name, 200, 'ready']);
    expect([name, await composeHealthCheck(name, origin)]).toEqual([name, 0]);
  }
  expect((await get(`${stack.origin}/ready`)).body).toEqual({
    status: 'ready',
    database: true,
    subgraphs: { actors: true, opportunities: true, contacts: true },
  });
});

it('with the database unreachable, /ready answers 503 (and the health checks fail) while /health stays 200; both recover by themselves', async () => {
  // The pools log the cut connections; expected here.
  const quiet = [jest.spyOn(console, 'warn').mockImplementation(() => undefined), jest.spyOn(console, 'error').mockImplementation(() => undefined)];
  await setConnections(false);
  try {
    for (const [name, origin] of services) {
      expect([name, (await get(`${origin}/health`)).status]).toEqual([name, 200]);
      const ready = await get(`${origin}/ready`);
      expect([name, ready.status, ready.body.status]).toEqual([name, 503, 'unavailable']);
      expect([name, await composeHealthCheck(name, origin)]).toEqual([name, 1]);
    }
    expect((await get(`${stack.origin}/ready`)).body).toEqual({
      status: 'unavailable',
      database: false,
      subgraphs: { actors: false, opportunities: false, contacts: false },
    });
  } finally {
    await setConnections(true);
    quiet.forEach((spy) => spy.mockRestore());
  }
  for (const [name, origin] of services) {
    expect([name, (await get(`${origin}/ready`)).status]).toEqual([name, 200]);
  }
  // And the API serves again, through the gateway and every subgraph.
  const answer = await stack.query(`{ actors(filter: { departmentCode: "42" }, first: 1) { totalCount nodes { id opportunities { id } contacts { id } } } }`);
  expect(answer.errors).toBeUndefined();
  expect(answer.data.actors.totalCount).toBeGreaterThan(0);
}, 60_000);

it('a subgraph that is down makes the gateway unready, naming it', async () => {
  const contacts = stack.subgraphs.contacts.service;
  const port = contacts.port;
  // Stop accepting connections on the contacts port only (the subgraph keeps its database).
  await new Promise<void>((done) => contacts.server.close(() => done()));
  contacts.server.closeAllConnections();
  try {
    const ready = await get(`${stack.origin}/ready`);
    expect([ready.status, ready.body]).toEqual([503, { status: 'unavailable', database: true, subgraphs: { actors: true, opportunities: true, contacts: false } }]);
    expect(await composeHealthCheck('gateway', stack.origin)).toBe(1);
  } finally {
    await new Promise<void>((done) => contacts.server.listen(port, '127.0.0.1', () => done()));
  }
  expect((await get(`${stack.origin}/ready`)).status).toBe(200);
});
