/**
 * The gateway's fetcher to the subgraphs (subgraph-fetcher.ts), against a real HTTP server on
 * 127.0.0.1: keep-alive, in-flight dedupe of identical queries only (never mutations, never across
 * two bearer tokens), its own timeout per caller, and node's error codes kept for protection.ts.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dedupeKey, keepAliveHttpFetcher } from './subgraph-fetcher.js';

let server: Server;
let url: string;
const seen: Array<{ body: string; authorization?: string; socket: unknown }> = [];
let delayMs = 50;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ body, authorization: req.headers.authorization, socket: req.socket });
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'max-age=60, public' });
        res.end(JSON.stringify({ data: { n: seen.length, body } }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen.length = 0;
  delayMs = 50;
});

const post = (body: string, headers: Record<string, string> = {}, signal?: AbortSignal) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-ecosystem-timestamp': String(Math.random()), 'x-ecosystem-signature': String(Math.random()), ...headers },
  body,
  signal,
});

test('identical queries in flight share one exchange; each caller gets its own response', async () => {
  const fetcher = keepAliveHttpFetcher();
  const body = JSON.stringify({ query: '{ actors { id } }' });
  const responses = await Promise.all(Array.from({ length: 5 }, () => fetcher(url, post(body) as never)));
  expect(seen).toHaveLength(1);
  const bodies = await Promise.all(responses.map((r) => r.json()));
  expect(bodies.every((b) => (b as { data: { n: number } }).data.n === 1)).toBe(true);
  expect(responses[0]!.headers.get('cache-control')).toBe('max-age=60, public');
  expect(responses[0]).not.toBe(responses[1]);
  // Once answered, the next identical query is a new exchange, on the same kept-alive socket.
  await fetcher(url, post(body) as never);
  expect(seen).toHaveLength(2);
  expect(seen[1]!.socket).toBe(seen[0]!.socket);
});

test('mutations, different tokens and different bodies are never shared', async () => {
  const fetcher = keepAliveHttpFetcher();
  const mutation = JSON.stringify({ query: 'mutation { archive(id: "1") { id } }' });
  await Promise.all([fetcher(url, post(mutation) as never), fetcher(url, post(mutation) as never)]);
  expect(seen).toHaveLength(2);
  seen.length = 0;
  const query = JSON.stringify({ query: 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', variables: { r: [] } });
  await Promise.all([
    fetcher(url, post(query, { authorization: 'Bearer a' }) as never),
    fetcher(url, post(query, { authorization: 'Bearer b' }) as never),
    fetcher(url, post(query) as never),
    fetcher(url, post(JSON.stringify({ query: '{ other }' })) as never),
  ]);
  expect(seen.map((s) => s.authorization ?? null).sort()).toEqual(['Bearer a', 'Bearer b', null, null]);
  expect(keepAliveHttpFetcher({ dedupe: false })).toBeDefined();
});

test('dedupeKey ignores the signature headers only', () => {
  const body = JSON.stringify({ query: '{ a }' });
  const a = dedupeKey(url, 'POST', { 'x-ecosystem-timestamp': '1', 'x-ecosystem-signature': 'x', authorization: 'Bearer t' }, body);
  const b = dedupeKey(url, 'POST', { 'X-Ecosystem-Timestamp': '2', 'X-Ecosystem-Signature': 'y', Authorization: 'Bearer t' }, body);
  expect(a).not.toBeNull();
  expect(a).toBe(b);
  expect(dedupeKey(url, 'POST', { authorization: 'Bearer u' }, body)).not.toBe(a);
  expect(dedupeKey(url, 'GET', {}, body)).toBeNull();
  expect(dedupeKey(url, 'POST', {}, JSON.stringify({ query: ' subscription { a }' }))).toBeNull();
  expect(dedupeKey(url, 'POST', {}, JSON.stringify({ extensions: {}, query: '{ a }' }))).toBeNull();
});

test('each caller keeps its own timeout, and a refused connection keeps its code', async () => {
  const fetcher = keepAliveHttpFetcher();
  delayMs = 400;
  const body = JSON.stringify({ query: '{ slow }' });
  const patient = fetcher(url, post(body, {}, AbortSignal.timeout(5000)) as never);
  const hasty = fetcher(url, post(body, {}, AbortSignal.timeout(50)) as never);
  await expect(hasty).rejects.toMatchObject({ name: 'TimeoutError' });
  await expect((await patient).json()).resolves.toMatchObject({ data: { n: 1 } });
  expect(seen).toHaveLength(1);

  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await expect(fetcher(`http://127.0.0.1:${port}/graphql`, post(body) as never)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
});
