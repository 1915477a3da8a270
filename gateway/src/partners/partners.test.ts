/**
 * Partner keys through real HTTP against the whole stack: rate limits (in memory and in the local
 * Redis), CORS per key, the allow-list and APQ, revocation, the usage counters, the admin API and
 * the CLI.
 */
import { startStack, type Stack } from '@ecosystem/gateway/testing';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runKeysCli } from '../cli/keys.js';
import { closeRedis, redisClient } from '../redis.js';
import { sha256 } from '../hash.js';
import { RedisRateLimiter } from './index.js';

const QUERY = '{ toolFamilies { family } }';
const PARTNER = 'https://www.saint-etienne.fr';

interface Sent {
  status: number;
  headers: Headers;
  body: any;
}

async function send(stack: Stack, init: { method?: string; headers?: Record<string, string>; body?: unknown; search?: string } = {}): Promise<Sent> {
  const response = await fetch(`${stack.url}${init.search ?? ''}`, {
    method: init.method ?? 'POST',
    headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A GraphQL request from `ip` (the stack trusts X-Forwarded-For from loopback in this file). */
const post = (stack: Stack, ip: string, headers: Record<string, string> = {}, body: unknown = { query: QUERY }) =>
  send(stack, { headers: { 'x-forwarded-for': ip, ...headers }, body });

async function admin(stack: Stack, path: string, method = 'GET', body?: unknown, role: 'admin' | 'editor' = 'admin') {
  const token = await stack.token(role);
  const response = await fetch(`${stack.origin}/admin/keys${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function createKey(stack: Stack, input: Record<string, unknown>): Promise<{ id: string; secret: string }> {
  const { status, body } = await admin(stack, '', 'POST', input);
  expect(status).toBe(201);
  return { id: body.key.id, secret: body.secret };
}

describe('partner keys (in memory)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      gateway: {
        trustProxy: 'loopback',
        // Counters are flushed by the tests themselves.
        partners: { anonymousPerMinute: 3, sitePerMinute: 5, keyDefaultPerMinute: 50, counterFlushMs: 3_600_000 },
      },
    });
  });
  afterAll(() => stack?.stop());

  it('limits anonymous callers per IP, with 429 RATE_LIMITED and Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await post(stack, '203.0.113.10');
      expect(ok.status).toBe(200);
      expect(ok.body.data.toolFamilies.length).toBeGreaterThan(0);
      expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    }
    const refused = await post(stack, '203.0.113.10');
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(refused.body.data).toBeUndefined();
    // 3 per minute: the next request is allowed in 20 s.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(19);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    // Another address has its own bucket.
    expect((await post(stack, '203.0.113.11')).status).toBe(200);
  });

  it('limits feeds and exports with the same buckets, and answers them with CORS', async () => {
    const get = (path: string) => fetch(`${stack.origin}${path}`, { headers: { 'x-forwarded-for': '203.0.113.30', origin: 'https://anyone.example' } });
    const feed = await get('/feeds/opportunities.json');
    expect(feed.status).toBe(200);
    expect(feed.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('/exports/actors.csv?departmentCode=93')).status).toBe(200);
    expect((await post(stack, '203.0.113.30')).status).toBe(200);
    const refused = await get('/exports/actors.csv?departmentCode=93');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('counts an IPv6 /64 as one caller', async () => {
    for (const ip of ['2001:db8:7:1::1', '2001:db8:7:1::2', '2001:0db8:0007:0001:ffff::9']) expect((await post(stack, ip)).status).toBe(200);
    expect((await post(stack, '2001:db8:7:1:abcd::1')).status).toBe(429);
    expect((await post(stack, '2001:db8:7:2::1')).status).toBe(200);
  });

  it("gives the product's own pages and signed-in callers the higher site rate", async () => {
    const sameOrigin = { 'sec-fetch-site': 'same-origin' };
    for (let i = 0; i < 5; i++) expect((await post(stack, '203.0.113.20', sameOrigin)).status).toBe(200);
    expect((await post(stack, '203.0.113.20', sameOrigin)).status).toBe(429);
    const token = await stack.token('member', 'rate-member');
    for (let i = 0; i < 5; i++) expect((await post(stack, '203.0.113.21', { authorization: `Bearer ${token}` })).status).toBe(200);
    expect((await post(stack, '203.0.113.22', { authorization: `Bearer ${token}` })).status).toBe(429);
  });

  it('lets admins only manage keys, and never shows the secret again', async () => {
    expect((await fetch(`${stack.origin}/admin/keys`)).status).toBe(401);
    const editor = await admin(stack, '', 'GET', undefined, 'editor');
    expect(editor.status).toBe(403);
    expect(editor.body.error.code).toBe('FORBIDDEN');
    const bad = await admin(stack, '', 'POST', { name: 'X', origins: ['https://a.fr/path'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'origins' });
    const badRate = await admin(stack, '', 'POST', { name: 'X', ratePerMinute: 0 });
    expect(badRate.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ratePerMinute' });

    const created = await admin(stack, '', 'POST', { name: 'Ville de Saint-Étienne', origins: [`${PARTNER}/`] });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^eco_[A-Za-z0-9_-]{32}$/);
    expect(created.body.key).toMatchObject({ name: 'Ville de Saint-Étienne', origins: [PARTNER], ratePerMinute: 50, mode: 'open', requestCount: 0, revokedAt: null });
    expect(created.body.secret.startsWith(created.body.key.prefix)).toBe(true);
    const list = await admin(stack, '');
    expect(list.body.keys.find((k: any) => k.id === created.body.key.id)).toMatchObject({ prefix: created.body.key.prefix });
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret);
    const [stored] = await stack.gateway.partners.store['db'].query(`SELECT secret_hash FROM accounts.api_key WHERE id = $1`, [created.body.key.id]);
    expect(stored.secret_hash).toBe(sha256(created.body.secret));
  });

  describe('CORS', () => {
    let key: { id: string; secret: string };
    beforeAll(async () => {
      key = await createKey(stack, { name: 'CORS', origins: [PARTNER] });
    });

    it("echoes an allowed origin, with Vary: Origin and no credentials", async () => {
      const ok = await post(stack, '198.51.100.1', { 'x-api-key': key.secret, origin: PARTNER });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER);
      expect(ok.headers.get('vary')).toMatch(/Origin/);
      expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
      expect(ok.body.data.toolFamilies.length).toBeGreaterThan(0);
    });

    it('refuses another origin with 403 FORBIDDEN_ORIGIN', async () => {
      const refused = await post(stack, '198.51.100.1', { 'x-api-key': key.secret, origin: 'https://evil.example' });
      expect(refused.status).toBe(403);
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
      expect(refused.body.data).toBeUndefined();
    });

    it('accepts the key on GET as ?key=, and from a server (no Origin)', async () => {
      const get = await send(stack, {
        method: 'GET',
        search: `?key=${encodeURIComponent(key.secret)}&query=${encodeURIComponent(QUERY)}`,
        headers: { origin: PARTNER, 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect(get.headers.get('access-control-allow-origin')).toBe(PARTNER);
      const refused = await send(stack, {
        method: 'GET',
        search: `?key=${encodeURIComponent(key.secret)}&query=${encodeURIComponent(QUERY)}`,
        headers: { origin: 'https://evil.example', 'apollo-require-preflight': 'true' },
      });
      expect(refused.status).toBe(403);
      expect((await post(stack, '198.51.100.1', { 'x-api-key': key.secret })).status).toBe(200);
    });

    it('answers anonymous requests with * and no credentials', async () => {
      const anonymous = await post(stack, '198.51.100.2', { origin: 'https://anyone.example' });
      expect(anonymous.status).toBe(200);
      expect(anonymous.headers.get('access-control-allow-origin')).toBe('*');
      expect(anonymous.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('answers preflights', async () => {
      const preflight = await send(stack, {
        method: 'OPTIONS',
        headers: { origin: PARTNER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(PARTNER);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('x-api-key');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
      expect(preflight.headers.get('vary')).toMatch(/Origin/);
    });
  });

  it('limits a key at its own rate and counts its requests and refusals', async () => {
    const key = await createKey(stack, { name: 'Limited', origins: [PARTNER], ratePerMinute: 2 });
    const before = Date.now();
    // Different IPs: a key's bucket is the key's, wherever its callers are.
    expect((await post(stack, '192.0.2.1', { 'x-api-key': key.secret })).status).toBe(200);
    expect((await post(stack, '192.0.2.2', { 'x-api-key': key.secret })).status).toBe(200);
    const limited = await post(stack, '192.0.2.3', { 'x-api-key': key.secret });
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect((await post(stack, '192.0.2.4', { 'x-api-key': key.secret, origin: 'https://evil.example' })).status).toBe(403);
    // Nothing written yet: counters wait for the flush.
    expect((await stack.gateway.partners.store.get(key.id))!.requestCount).toBe(0);
    await stack.gateway.partners.flush();
    const counted = (await admin(stack, '')).body.keys.find((k: any) => k.id === key.id);
    expect(counted).toMatchObject({ requestCount: 4, rejectionCount: 2 });
    expect(Date.parse(counted.lastUsedAt)).toBeGreaterThanOrEqual(before - 1000);
    await post(stack, '192.0.2.5', { 'x-api-key': key.secret });
    await stack.gateway.partners.flush();
    expect((await stack.gateway.partners.store.get(key.id))!).toMatchObject({ requestCount: 5, rejectionCount: 3 });
  });

  it('refuses a revoked or unknown key with 401 INVALID_API_KEY', async () => {
    const key = await createKey(stack, { name: 'Revoked' });
    expect((await post(stack, '192.0.2.30', { 'x-api-key': key.secret })).status).toBe(200);
    const revoked = await admin(stack, `/${key.id}/revoke`, 'POST');
    expect(revoked.status).toBe(200);
    expect(revoked.body.key.revokedAt).toEqual(expect.any(String));
    const refused = await post(stack, '192.0.2.30', { 'x-api-key': key.secret });
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].extensions.code).toBe('INVALID_API_KEY');
    const unknown = await post(stack, '192.0.2.31', { 'x-api-key': 'eco_notakeyatall' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors[0].extensions.code).toBe('INVALID_API_KEY');
    expect((await admin(stack, `/${randomUUID()}/revoke`, 'POST')).status).toBe(404);
  });

  describe('persisted queries', () => {
    const operations = `
      # The partner site's operations.
      query Families { toolFamilies { ...FamilyFields } }
      query Levels { intensityLevels { level } }
      fragment FamilyFields on ToolFamilyInfo { family title }
    `;
    let key: { id: string; secret: string };
    let families: { sha256: string; name: string };

    beforeAll(async () => {
      key = await createKey(stack, { name: 'Allow-list', origins: [PARTNER], mode: 'allow-list', operations });
      const listed = await admin(stack, `/${key.id}/operations`);
      expect(listed.body.operations.map((o: any) => o.name).sort()).toEqual(['Families', 'Levels']);
      families = listed.body.operations.find((o: any) => o.name === 'Families');
      expect(families.sha256).toMatch(/^[0-9a-f]{64}$/);
    });

    it('runs a registered operation sent by hash alone (POST and GET)', async () => {
      const byHash = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { extensions: { persistedQuery: { version: 1, sha256Hash: families.sha256 } } });
      expect(byHash.status).toBe(200);
      expect(byHash.body.data.toolFamilies[0]).toEqual({ family: expect.any(String), title: expect.any(String) });
      const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: families.sha256 } }));
      const get = await send(stack, { method: 'GET', search: `?key=${key.secret}&extensions=${extensions}`, headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(200);
      expect(get.body.data.toolFamilies.length).toBeGreaterThan(0);
    });

    it('runs the registered text, however it is laid out', async () => {
      const text = `query Levels {\n  intensityLevels {\n    level\n  }\n}`;
      const exact = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { query: text });
      expect(exact.status).toBe(200);
      expect(exact.body.data.intensityLevels.length).toBe(5);
      const relaid = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { query: 'query Levels{intensityLevels{level}} # same' });
      expect(relaid.status).toBe(200);
    });

    it('refuses any other operation with PERSISTED_QUERY_NOT_ALLOWED, and counts it', async () => {
      const other = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { query: QUERY });
      expect(other.status).toBe(403);
      expect(other.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      const otherHash = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY) } } });
      expect(otherHash.status).toBe(403);
      expect(otherHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      // Same fields, another selection: not the registered operation.
      const widened = await post(stack, '192.0.2.40', { 'x-api-key': key.secret }, { query: 'query Levels { intensityLevels { level } toolFamilies { family } }' });
      expect(widened.status).toBe(403);
      await stack.gateway.partners.flush();
      expect((await stack.gateway.partners.store.get(key.id))!.rejectionCount).toBe(3);
    });

    it('runs an operation once an admin adds it to the list', async () => {
      expect((await post(stack, '192.0.2.41', { 'x-api-key': key.secret }, { query: QUERY })).status).toBe(403);
      const added = await admin(stack, `/${key.id}/operations`, 'POST', { document: QUERY });
      expect(added.status).toBe(200);
      expect(added.body.key.operationCount).toBe(3);
      expect((await post(stack, '192.0.2.41', { 'x-api-key': key.secret }, { query: QUERY })).status).toBe(200);
      const broken = await admin(stack, `/${key.id}/operations`, 'POST', { document: 'query {' });
      expect(broken.body.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'operations' });
    });

    it('supports APQ for everyone else: a hash first unknown, then registered, then hit', async () => {
      const query = '{ intensityLevels { level title } }';
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
      const miss = await post(stack, '192.0.2.50', {}, { extensions });
      expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const register = await post(stack, '192.0.2.51', {}, { query, extensions });
      expect(register.status).toBe(200);
      expect(register.body.data.intensityLevels.length).toBe(5);
      const hit = await post(stack, '192.0.2.52', {}, { extensions });
      expect(hit.status).toBe(200);
      expect(hit.body.data).toEqual(register.body.data);
    });
  });

  it('manages keys from the command line', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const dir = await mkdtemp(join(tmpdir(), 'keys-cli-'));
    const file = join(dir, 'ops.graphql');
    await writeFile(file, 'query Levels { intensityLevels { level } }');
    const databaseUrl = stack.database.url;
    expect(await runKeysCli(['create', '--name', 'Ville de Saint-Étienne', '--origin', PARTNER, '--rate', '120', '--allow-list', file], { databaseUrl, io })).toBe(0);
    const secret = lines.find((l) => l.startsWith('eco_'))!;
    const id = /Created key ([0-9a-f-]{36})/.exec(lines.join('\n'))![1]!;
    expect(await stack.gateway.partners.store.get(id)).toMatchObject({ name: 'Ville de Saint-Étienne', ratePerMinute: 120, mode: 'allow-list', operationCount: 1, origins: [PARTNER] });
    const levels = await post(stack, '192.0.2.60', { 'x-api-key': secret, origin: PARTNER }, { query: 'query Levels { intensityLevels { level } }' });
    expect(levels.status).toBe(200);

    await writeFile(file, QUERY);
    expect(await runKeysCli(['allow', id, file], { databaseUrl, io })).toBe(0);
    expect((await stack.gateway.partners.store.get(id))!.operationCount).toBe(2);

    lines.length = 0;
    expect(await runKeysCli(['list'], { databaseUrl, io })).toBe(0);
    expect(lines.join('\n')).toContain('Ville de Saint-Étienne');
    expect(lines.join('\n')).not.toContain(secret);

    expect(await runKeysCli(['revoke', id], { databaseUrl, io })).toBe(0);
    expect((await stack.gateway.partners.store.get(id))!.revokedAt).toBeInstanceOf(Date);
    expect(await runKeysCli(['create', '--name', 'X', '--origin', 'not a url'], { databaseUrl, io })).toBe(1);
    expect(await runKeysCli(['revoke'], { databaseUrl, io })).toBe(2);
  });
});

describe('partner keys (Redis)', () => {
  const prefix = `test:partners:${randomUUID()}:`;
  const redisUrl = 'redis://127.0.0.1:6379';
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ gateway: { redisUrl, partners: { anonymousPerMinute: 2, redisPrefix: prefix } } });
  });
  afterAll(async () => {
    const redis = redisClient(redisUrl)!;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await stack?.stop();
    await closeRedis();
  });

  it('keeps the rate buckets in Redis, shared by every gateway', async () => {
    const anonymous = () => send(stack, { body: { query: QUERY } });
    expect((await anonymous()).status).toBe(200);
    expect((await anonymous()).status).toBe(200);
    const refused = await anonymous();
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    const redis = redisClient(redisUrl)!;
    expect(await redis.keys(`${prefix}rate:*`)).toEqual([`${prefix}rate:ip:127.0.0.1`]);
    // Another replica (another limiter on the same Redis) sees the same bucket.
    const replica = new RedisRateLimiter(redis, prefix);
    expect(await replica.hit('ip:127.0.0.1', 2)).toMatchObject({ allowed: false });
    expect(await replica.hit('ip:192.0.2.99', 2)).toEqual({ allowed: true, retryAfter: 0 });
  });

  it('keeps a key bucket in Redis too', async () => {
    const key = await createKey(stack, { name: 'Redis', ratePerMinute: 1 });
    expect((await send(stack, { headers: { 'x-api-key': key.secret }, body: { query: QUERY } })).status).toBe(200);
    const limited = await send(stack, { headers: { 'x-api-key': key.secret }, body: { query: QUERY } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    expect(await redisClient(redisUrl)!.exists(`${prefix}rate:key:${key.id}`)).toBe(1);
  });

  it('keeps APQ in Redis', async () => {
    const query = '{ toolFamilies { title } }';
    const hash = sha256(query);
    const key = await createKey(stack, { name: 'APQ', ratePerMinute: 100 });
    const headers = { 'x-api-key': key.secret };
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    expect((await send(stack, { headers, body: { extensions } })).body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send(stack, { headers, body: { query, extensions } })).status).toBe(200);
    const redis = redisClient(redisUrl)!;
    // Apollo Server writes the registration without waiting for it.
    for (let i = 0; i < 50 && !(await redis.keys(`${prefix}apq:*${hash}`)).length; i++) await new Promise((r) => setTimeout(r, 20));
    const [stored] = await redis.keys(`${prefix}apq:*${hash}`);
    expect(await redis.get(stored!)).toBe(query);
    expect(await redis.ttl(stored!)).toBeGreaterThan(3600);
    const hit = await send(stack, { headers, body: { extensions } });
    expect(hit.status).toBe(200);
    expect(hit.body.data.toolFamilies.length).toBeGreaterThan(0);
  });
});
