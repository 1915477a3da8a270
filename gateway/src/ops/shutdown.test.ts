/**
 * Graceful shutdown of the real processes (`node gateway/dist/main.js`, `node subgraphs/actors/dist/main.js`),
 * as Docker or an orchestrator stops them: on SIGTERM a service stops accepting connections at once,
 * finishes the requests in flight (each answered 200 in full), then exits 0. The request in flight is
 * held open by a client that sends its body slowly: the server has received the request line and
 * headers before the signal and the rest of the body only after it, so the request is certainly still
 * being served when SIGTERM arrives, whatever the machine's speed.
 */
import { signInternalRequest } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { startStack, type Stack } from '../testing/stack.js';

const ROOT = resolve(__dirname, '../../..');
const EXIT_BOUND_MS = 10_000;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 90_000);
afterAll(() => stack?.stop());

interface Service {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/** Starts a service's compiled entry point and waits for the line announcing its URL. */
async function startProcess(script: string, env: Record<string, string>, announce: RegExp): Promise<Service> {
  const child = spawn(process.execPath, [resolve(ROOT, script)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal, at: Date.now() })),
  );
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${script} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = announce.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code }) => {
      clearTimeout(timer);
      fail(new Error(`${script} exited (${code}) before starting:\n${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}

/** Whether a new TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code === 'ECONNREFUSED'));
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/**
 * A POST whose headers and first half of body go out now; `finish()` sends the rest and resolves
 * with the status and the parsed JSON body once the server closes the connection.
 */
async function slowPost(port: number, headers: Record<string, string>, body: string) {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((done, fail) => socket.once('connect', done).once('error', fail));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  const closed = new Promise<void>((done) => socket.once('close', () => done()));
  const bytes = Buffer.from(body);
  const head = [
    'POST /graphql HTTP/1.1',
    `host: 127.0.0.1:${port}`,
    'content-type: application/json',
    `content-length: ${bytes.length}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  const half = Math.floor(bytes.length / 2);
  socket.write(head);
  socket.write(bytes.subarray(0, half));
  return {
    received: () => received,
    finish: async () => {
      // write, not end: Node's HTTP server aborts a request whose client half-closes the connection.
      socket.write(bytes.subarray(half));
      await closed;
      const statusLine = received.slice(0, received.indexOf('\r\n'));
      const separator = received.indexOf('\r\n\r\n');
      const headerText = received.slice(0, separator).toLowerCase();
      let payload = received.slice(separator + 4);
      if (headerText.includes('transfer-encoding: chunked')) payload = unchunk(payload);
      return { status: Number(statusLine.split(' ')[1]), json: JSON.parse(payload) as { data?: any; errors?: unknown[] } };
    },
  };
}

function unchunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}

/** SIGTERM with a request in flight: connections refused at once, the request answered in full, exit 0. */
async function expectGracefulStop(service: Service, headers: (body: string) => Record<string, string>, query: string) {
  const body = JSON.stringify({ query });
  const request = await slowPost(service.port, headers(body), body);
  // The server has the request (headers and half the body) before the signal.
  await new Promise((r) => setTimeout(r, 200));
  expect(request.received()).toBe('');
  service.child.kill('SIGTERM');

  // New connections are refused while the request in flight still waits for its body.
  expect(await eventually(() => refused(service.port), 5_000)).toBe(true);
  const stillRunning = await Promise.race([service.exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 300))]);
  expect(stillRunning).toBe(true);

  const answer = await request.finish();
  const answeredAt = Date.now();
  expect(answer.status).toBe(200);
  expect(answer.json.errors).toBeUndefined();

  const exit = await service.exited;
  expect({ code: exit.code, signal: exit.signal }).toEqual({ code: 0, signal: null });
  expect(exit.at - answeredAt).toBeLessThan(EXIT_BOUND_MS);
  return answer.json.data;
}

const QUERY = `{ actors(filter: { departmentCode: "42" }, first: 500) { totalCount nodes { id name territory { departmentCode } } } }`;

it('the gateway (node gateway/dist/main.js) drains a request in flight on SIGTERM, refuses new connections, and exits 0', async () => {
  const service = await startProcess(
    'gateway/dist/main.js',
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: stack.database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      INTERNAL_SECRET: TEST_INTERNAL_SECRET,
      ACTORS_URL: stack.subgraphs.actors.service.url,
      OPPORTUNITIES_URL: stack.subgraphs.opportunities.service.url,
      CONTACTS_URL: stack.subgraphs.contacts.service.url,
      CLIENT_DIR: resolve(ROOT, 'client/dist-none'),
    },
    /API at http:\/\/localhost:(\d+)\/graphql/,
  );
  try {
    const data = await expectGracefulStop(service, () => ({}), QUERY);
    expect(data.actors.nodes).toHaveLength(Math.min(500, data.actors.totalCount));
    expect(data.actors.nodes.every((n: { territory: { departmentCode: string } }) => n.territory.departmentCode === '42')).toBe(true);
  } finally {
    service.child.kill('SIGKILL');
  }
}, 90_000);

it('a subgraph (node subgraphs/actors/dist/main.js) drains a request in flight on SIGTERM, refuses new connections, and exits 0', async () => {
  const service = await startProcess(
    'subgraphs/actors/dist/main.js',
    {
      SUBGRAPH_PORT: '0',
      SUBGRAPH_HOST: '127.0.0.1',
      SEED: 'never',
      DATABASE_URL: stack.database.url,
      JWT_SECRET: TEST_JWT_SECRET,
      INTERNAL_SECRET: TEST_INTERNAL_SECRET,
    },
    /listening on http:\/\/127\.0\.0\.1:(\d+)\/graphql/,
  );
  try {
    const data = await expectGracefulStop(service, (body) => ({ ...signInternalRequest(TEST_INTERNAL_SECRET, body) }), QUERY);
    expect(data.actors.nodes).toHaveLength(Math.min(500, data.actors.totalCount));
    expect(service.output()).toMatch(/stopping \(SIGTERM\)/);
  } finally {
    service.child.kill('SIGKILL');
  }
}, 90_000);
