/** Local accounts: sign-in, refresh rotation, sign-out, refusals, rate limiting, and the user CLI. */
import { Client } from 'pg';
import { runUserCli } from '../cli/user.js';
import { startStack, type Stack } from '../testing/stack.js';
import { randomUUID } from 'node:crypto';
import { MemoryFailureLimiter, RedisFailureLimiter, type FailureLimiter } from './rate-limit.js';
import { closeRedis, redisClient } from '../redis.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await stack.createUser({ email: 'Camille.Martin@example.fr', name: 'Camille Martin', role: 'editor', password: 'correct horse battery', territories: ['departement:42'] });
});
afterAll(() => stack.stop());

interface AuthCall {
  status: number;
  body: any;
  /** The ecosystem_refresh Set-Cookie line, if any. */
  setCookie: string | undefined;
  /** The refresh cookie's value ('' when cleared). */
  cookie: string | undefined;
  /** The ecosystem_session Set-Cookie line (the script-readable hint), if any. */
  hint: string | undefined;
}

async function post(path: string, options: { body?: unknown; raw?: string; cookie?: string } = {}): Promise<AuthCall> {
  const response = await fetch(`${stack.origin}${path}`, {
    method: 'POST',
    headers: {
      ...(options.body !== undefined || options.raw !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.cookie !== undefined ? { cookie: `ecosystem_refresh=${options.cookie}` } : {}),
    },
    body: options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('ecosystem_refresh='));
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : null,
    setCookie,
    cookie: setCookie ? decodeURIComponent(setCookie.split(';')[0]!.slice('ecosystem_refresh='.length)) : undefined,
    hint: response.headers.getSetCookie().find((c) => c.startsWith('ecosystem_session=')),
  };
}

const login = (email: string, password: string) => post('/auth/login', { body: { email, password } });

const CREATE_ACTOR = `mutation { createActor(input: { kind: LAB, name: "Laboratoire connecté", territory: { communeCode: "42218" } }) { id source { name } } }`;

/** Reads this stack's database directly. */
async function sql(text: string, params: unknown[] = []): Promise<any[]> {
  const client = new Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

function refreshTokenRows(userId: string): Promise<Array<{ id: string; revoked_at: Date | null; replaced_by: string | null }>> {
  return sql(`SELECT id, revoked_at, replaced_by FROM accounts.refresh_token WHERE user_id = $1 ORDER BY created_at`, [userId]);
}

describe('POST /auth/login', () => {
  it('signs in and returns a token the API accepts for an editor mutation', async () => {
    const before = Date.now();
    const { status, body, setCookie, hint } = await login('camille.martin@EXAMPLE.fr', 'correct horse battery');
    expect(status).toBe(200);
    expect(body.user).toEqual({ id: expect.any(String), name: 'Camille Martin', email: 'Camille.Martin@example.fr', role: 'editor', territories: ['departement:42'] });
    const lifetime = new Date(body.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(14 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(15 * 60_000 + 1000);
    expect(setCookie).toMatch(/^ecosystem_refresh=[\w-]{43};/);
    expect(setCookie).toMatch(/; Path=\/auth/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Max-Age=2592000/);
    expect(setCookie).not.toMatch(/Secure/); // plain http here
    // Its companion tells the client's scripts a session may be restored: "1", no secret, readable.
    expect(hint).toMatch(/^ecosystem_session=1; Max-Age=2592000; Path=\/; /);
    expect(hint).not.toMatch(/HttpOnly/);

    const { data, errors } = await stack.query(CREATE_ACTOR, undefined, body.accessToken);
    expect(errors).toBeUndefined();
    expect(data.createActor.source.name).toBe('Contribution de Camille Martin');
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const wrong = await login('camille.martin@example.fr', 'not the password');
    const unknown = await login('nobody@example.fr', 'not the password');
    for (const answer of [wrong, unknown]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'E-mail ou mot de passe incorrect.' } });
      expect(answer.setCookie).toBeUndefined();
    }
  });

  it('refuses malformed bodies with BAD_USER_INPUT', async () => {
    for (const call of [
      post('/auth/login', { raw: '{"email": ' }),
      post('/auth/login', { body: { email: 'camille.martin@example.fr' } }),
      post('/auth/login', { body: { email: 42, password: 'x' } }),
      post('/auth/login', { body: ['camille.martin@example.fr', 'correct horse battery'] }),
      post('/auth/login'),
    ]) {
      const answer = await call;
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('BAD_USER_INPUT');
    }
    const huge = await post('/auth/login', { body: { email: 'camille.martin@example.fr', password: 'x'.repeat(20_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('BAD_USER_INPUT');
  });

  it('stores an argon2id hash, never the password', async () => {
    const rows = await sql(`SELECT password_hash FROM accounts."user" WHERE lower(email) = 'camille.martin@example.fr'`);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(rows[0].password_hash).not.toContain('correct horse battery');
    const dump = await sql(`SELECT u::text AS row FROM accounts."user" u`);
    expect(JSON.stringify(dump)).not.toContain('correct horse');
  });
});

describe('POST /auth/refresh', () => {
  it('rotates the refresh token; a revoked token coming back revokes the whole chain', async () => {
    const first = await login('camille.martin@example.fr', 'correct horse battery');
    const userId = first.body.user.id;
    const second = await post('/auth/refresh', { cookie: first.cookie });
    expect(second.status).toBe(200);
    expect(second.body.user).toEqual(first.body.user);
    expect(second.cookie).toBeTruthy();
    expect(second.cookie).not.toBe(first.cookie);
    expect((await stack.query(CREATE_ACTOR, undefined, second.body.accessToken)).errors).toBeUndefined();

    const third = await post('/auth/refresh', { cookie: second.cookie });
    expect(third.status).toBe(200);

    // The first token is replaced twice over: presenting it again is a theft, not a race.
    const stolen = await post('/auth/refresh', { cookie: first.cookie });
    expect(stolen.status).toBe(401);
    expect(stolen.body.error.code).toBe('UNAUTHENTICATED');
    expect(stolen.setCookie).toMatch(/^ecosystem_refresh=;/);
    // …and the live token of that chain is revoked with it.
    expect((await post('/auth/refresh', { cookie: third.cookie })).status).toBe(401);

    const rows = await refreshTokenRows(userId);
    const chain = rows.slice(-3);
    expect(chain.every((r) => r.revoked_at)).toBe(true);
    expect(chain[0]!.replaced_by).toBe(chain[1]!.id);
    expect(chain[1]!.replaced_by).toBe(chain[2]!.id);
  });

  it('lets two requests refreshing at once both succeed, the second without a new cookie', async () => {
    const start = await login('camille.martin@example.fr', 'correct horse battery');
    const [a, b] = await Promise.all([post('/auth/refresh', { cookie: start.cookie }), post('/auth/refresh', { cookie: start.cookie })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const rotated = [a, b].filter((r) => r.cookie);
    expect(rotated).toHaveLength(1);
    // The chain is intact: the new cookie still refreshes.
    expect((await post('/auth/refresh', { cookie: rotated[0]!.cookie })).status).toBe(200);
  });

  it('refuses a missing or unknown cookie', async () => {
    expect((await post('/auth/refresh')).status).toBe(401);
    const unknown = await post('/auth/refresh', { cookie: 'x'.repeat(43) });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /auth/logout', () => {
  it('revokes the refresh token and clears the cookie', async () => {
    const session = await login('camille.martin@example.fr', 'correct horse battery');
    const out = await post('/auth/logout', { cookie: session.cookie });
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/^ecosystem_refresh=; Path=\/auth; Expires=Thu, 01 Jan 1970/);
    expect(out.hint).toMatch(/^ecosystem_session=; Path=\/; Expires=Thu, 01 Jan 1970/);
    expect((await post('/auth/refresh', { cookie: session.cookie })).status).toBe(401);
    expect((await post('/auth/logout')).status).toBe(204);
  });
});

describe('disabled accounts', () => {
  it('can neither sign in nor refresh', async () => {
    await stack.createUser({ email: 'leaving@example.fr', name: 'Dominique Départ', role: 'member', password: 'a long enough password' });
    const session = await login('leaving@example.fr', 'a long enough password');
    expect(session.status).toBe(200);
    expect(await stack.gateway.accounts.disableUser('LEAVING@example.fr')).toMatchObject({ disabledAt: expect.any(Date) });
    expect((await post('/auth/refresh', { cookie: session.cookie })).status).toBe(401);
    const again = await login('leaving@example.fr', 'a long enough password');
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe('UNAUTHENTICATED');
    expect(again.setCookie).toBeUndefined();
  });
});

describe('the user CLI', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), readPassword: async () => 'typed at the prompt!' } };
  }

  it('creates, lists and disables accounts in the database it is given', async () => {
    const databaseUrl = stack.database.url;
    const create = io();
    expect(await runUserCli(['create', '--email', 'admin@example.fr', '--name', 'Alex Admin', '--role', 'admin', '--password', 'twelve chars ok'], { databaseUrl, io: create.io })).toBe(0);
    expect(create.out.join('\n')).toMatch(/Created admin Alex Admin <admin@example\.fr>/);

    const prompted = io();
    expect(await runUserCli(['create', '--email', 'prompted@example.fr', '--name', 'Pat Prompt', '--role', 'member'], { databaseUrl, io: prompted.io })).toBe(0);
    expect((await login('prompted@example.fr', 'typed at the prompt!')).status).toBe(200);

    const signedIn = await login('admin@example.fr', 'twelve chars ok');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.role).toBe('admin');

    const list = io();
    expect(await runUserCli(['list'], { databaseUrl, io: list.io })).toBe(0);
    const lines = list.out.join('\n');
    expect(lines).toMatch(/^E-MAIL\s+NAME\s+ROLE/);
    expect(lines).toMatch(/admin@example\.fr\s+Alex Admin\s+admin\s+\d{4}-\d\d-\d\d\s+active/);
    expect(lines).toContain('Camille.Martin@example.fr');
    expect(lines).not.toMatch(/argon2|twelve chars/);

    const disable = io();
    expect(await runUserCli(['disable', '--email', 'admin@example.fr'], { databaseUrl, io: disable.io })).toBe(0);
    expect((await login('admin@example.fr', 'twelve chars ok')).status).toBe(401);
    const listed = io();
    await runUserCli(['list'], { databaseUrl, io: listed.io });
    expect(listed.out.join('\n')).toMatch(/admin@example\.fr.*disabled/);
  });

  it('refuses short passwords, duplicate e-mails, bad roles and bad usage', async () => {
    const databaseUrl = stack.database.url;
    const short = io();
    expect(await runUserCli(['create', '--email', 'short@example.fr', '--name', 'Sam Short', '--role', 'member', '--password', 'eleven char'], { databaseUrl, io: short.io })).toBe(1);
    expect(short.err.join('\n')).toMatch(/at least 12 characters/);
    expect(await stack.gateway.accounts.findByEmail('short@example.fr')).toBeNull();

    const duplicate = io();
    expect(await runUserCli(['create', '--email', 'CAMILLE.martin@example.fr', '--name', 'Twin', '--role', 'member', '--password', 'another long password'], { databaseUrl, io: duplicate.io })).toBe(1);
    expect(duplicate.err.join('\n')).toMatch(/already exists/);

    const role = io();
    expect(await runUserCli(['create', '--email', 'x@example.fr', '--name', 'X', '--role', 'root', '--password', 'another long password'], { databaseUrl, io: role.io })).toBe(2);
    expect(await runUserCli(['frobnicate'], { databaseUrl, io: io().io })).toBe(2);
    expect(await runUserCli(['disable', '--email', 'nobody@example.fr'], { databaseUrl, io: io().io })).toBe(1);
  });
});

describe('rate limiting', () => {
  it('answers 429 after 10 failures from one IP, even with the right password', async () => {
    await stack.gateway.limiter.reset();
    for (let i = 0; i < 10; i++) {
      expect((await login(`guess${i}@example.fr`, 'wrong password')).status).toBe(401);
    }
    const blocked = await login('camille.martin@example.fr', 'correct horse battery');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(blocked.setCookie).toBeUndefined();
    await stack.gateway.limiter.reset();
    expect((await login('camille.martin@example.fr', 'correct horse battery')).status).toBe(200);
  });

  const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  afterAll(() => closeRedis());

  it.each([
    ['in memory', (now: () => number): FailureLimiter => new MemoryFailureLimiter(3, 60_000, now)],
    ['in Redis', (now: () => number): FailureLimiter => new RedisFailureLimiter(redisClient(REDIS_URL)!, `test:${randomUUID()}:`, 3, 60_000, now)],
  ])('counts per key over a sliding window, %s', async (_where, make) => {
    let now = 1_000_000;
    const limiter = make(() => now);
    for (let i = 0; i < 3; i++) await limiter.fail('email:a@example.fr');
    expect(await limiter.retryAfter('email:a@example.fr')).toBe(60);
    expect(await limiter.retryAfter('email:b@example.fr')).toBe(0);
    now += 30_000;
    expect(await limiter.retryAfter('email:a@example.fr')).toBe(30);
    now += 30_001;
    expect(await limiter.retryAfter('email:a@example.fr')).toBe(0);
    await limiter.fail('email:a@example.fr');
    await limiter.clear('email:a@example.fr');
    expect(await limiter.retryAfter('email:a@example.fr')).toBe(0);
  });

  it('shares the count between two limiters on one Redis (two gateway replicas)', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = new RedisFailureLimiter(redisClient(REDIS_URL)!, prefix, 3, 60_000);
    const b = new RedisFailureLimiter(redisClient(REDIS_URL)!, prefix, 3, 60_000);
    await a.fail('ip:192.0.2.1');
    await b.fail('ip:192.0.2.1');
    expect(await a.retryAfter('ip:192.0.2.1')).toBe(0);
    await a.fail('ip:192.0.2.1');
    expect(await b.retryAfter('ip:192.0.2.1')).toBeGreaterThan(50);
    await b.reset();
    expect(await a.retryAfter('ip:192.0.2.1')).toBe(0);
  });
});
