/**
 * HTTP caching and the response cache, through real HTTP on the real stack: hits proven by the
 * `x-cache` header and by the subgraphs sending no SQL, viewers kept apart, invalidation by the
 * mutations that touch the cached types (and only them), ETag/304, and Redis shared by two gateways.
 */
import { stableId } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { randomUUID } from 'node:crypto';
import { get, type IncomingHttpHeaders } from 'node:http';
import { resolve } from 'node:path';
import { startGateway, type RunningGateway } from '../gateway.js';
import { closeRedis, redisClient } from '../redis.js';
import { startStack, type Stack } from '../testing/stack.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function post(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/**
 * A conditional GET as a CDN or a browser cache sends it. Not with fetch(): the Fetch standard adds
 * `Cache-Control: no-cache` to any request carrying If-None-Match, which rightly disables the 304.
 */
function revalidate(url: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve_, reject) => {
    get(url, { headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve_({ status: response.statusCode!, headers: response.headers, body }));
    }).on('error', reject);
  });
}

const LOIRE = `{ actors(filter: { departmentCode: "42", kinds: [COLLECTIVITY] }, first: 5) { totalCount nodes { id name opportunities { id title } } } }`;
const TOOLBOX = `{ partnershipTools { slug title } }`;
const BOARD = `{ opportunities(first: 3) { nodes { id title } } }`;
const SAINT_ETIENNE = stableId('commune:42218');
const ONE_ACTOR = `{ actor(id: "${SAINT_ETIENNE}") { id name } }`;

let stack: Stack;
let editor: string;

beforeAll(async () => {
  stack = await startStack({ gateway: { responseCache: { mode: 'memory' } } });
  editor = await stack.token('admin');
});

afterAll(async () => {
  await stack?.stop();
});

function sentNoSql(): void {
  expect(stack.statements()).toEqual({ actors: 0, opportunities: 0, contacts: 0 });
}

describe('memory cache', () => {
  it('serves a public query from the cache the second time, without any SQL', async () => {
    const first = await post(stack.url, LOIRE);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.actors.nodes.length).toBeGreaterThan(0);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('vary')).toMatch(/Authorization/);

    stack.resetStatements();
    const second = await post(stack.url, LOIRE);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=(300|299)$/);
    sentNoSql();

    // Other variables are another entry.
    const other = await post(stack.url, `query($d: String) { actors(filter: { departmentCode: $d }, first: 2) { nodes { id } } }`, { d: '43' });
    const otherAgain = await post(stack.url, `query($d: String) { actors(filter: { departmentCode: $d }, first: 2) { nodes { id } } }`, { d: '01' });
    expect(other.headers.get('x-cache')).toBe('MISS');
    expect(otherAgain.headers.get('x-cache')).toBe('MISS');
    expect(otherAgain.body).not.toEqual(other.body);
  });

  it('never serves the anonymous bytes to a signed-in viewer, and never stores theirs', async () => {
    const contacts = `{ contacts(filter: { search: "Cachée" }) { nodes { id displayName email } } }`;
    const created = await post(
      stack.url,
      `mutation { createContact(input: { displayName: "Jeanne Cachée", roles: [FACILITATOR], email: "jeanne.cachee@example.fr", territory: { departmentCode: "42" } }) { id } }`,
      undefined,
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    await post(stack.url, LOIRE); // cached by the test above or now
    stack.resetStatements();
    const signedIn = await post(stack.url, LOIRE, undefined, editor);
    expect(signedIn.headers.get('x-cache')).toBe('BYPASS');
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
    expect(stack.statements().actors).toBeGreaterThan(0);

    // A query only a signed-in viewer asked is not in the cache for the anonymous one.
    const fresh = `{ actors(filter: { departmentCode: "69" }, first: 2) { nodes { id name } } }`;
    await post(stack.url, fresh, undefined, editor);
    await post(stack.url, fresh, undefined, editor);
    expect((await post(stack.url, fresh)).headers.get('x-cache')).toBe('MISS');

    // And the other way round: e-mails seen signed in never reach the anonymous viewer.
    const withEmails = await post(stack.url, contacts, undefined, editor);
    expect(withEmails.body.data.contacts.nodes.map((c: any) => c.email)).toEqual(['jeanne.cachee@example.fr']);
    const anonymous = await post(stack.url, contacts);
    expect(anonymous.body.data.contacts.nodes.map((c: any) => c.email)).toEqual([null]);
    // email is PRIVATE: not even the anonymous answer is shareable.
    expect(anonymous.headers.get('cache-control')).toBe('private, no-store');
    expect((await post(stack.url, contacts)).headers.get('x-cache')).toBe('MISS');
  });

  it('gives each answer the Cache-Control its types allow', async () => {
    expect((await post(stack.url, TOOLBOX)).headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await post(stack.url, `{ toolFamilies { family title } intensityLevels { level } }`)).headers.get('cache-control')).toBe('public, max-age=86400');
    // The toolbox with its opportunities is as fresh as the opportunities.
    expect((await post(stack.url, `{ partnershipTools { slug opportunities { id } } }`)).headers.get('cache-control')).toBe('public, max-age=300');
    expect((await post(stack.url, `{ actorCountsByDepartment { code count } }`)).headers.get('cache-control')).toBe('public, max-age=300');
    // Federated through _entities: still cacheable.
    expect((await post(stack.url, `{ opportunities(first: 2) { nodes { host { name } } } }`)).headers.get('cache-control')).toBe('public, max-age=300');
    // Errors, mutations and introspection are not.
    const error = await post(stack.url, `{ actors(first: 5000) { totalCount } }`);
    expect(error.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(error.headers.get('cache-control')).toBe('private, no-store');
    const refused = await post(stack.url, `mutation { archiveActor(id: "${SAINT_ETIENNE}") { id } }`);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.headers.get('cache-control')).toBe('private, no-store');
    expect((await post(stack.url, `{ __schema { queryType { name } } }`)).headers.get('cache-control')).toBe('private, no-store');
  });

  it('a mutation invalidates exactly the entries that hold the types it touched', async () => {
    const warm = async () => {
      for (const query of [LOIRE, TOOLBOX, BOARD, ONE_ACTOR]) await post(stack.url, query);
      for (const query of [LOIRE, TOOLBOX, BOARD, ONE_ACTOR]) expect([query, (await post(stack.url, query)).headers.get('x-cache')]).toEqual([query, 'HIT']);
    };
    const status = async (query: string) => (await post(stack.url, query)).headers.get('x-cache');

    await warm();
    // A refused mutation (anonymous) writes nothing and invalidates nothing.
    await post(stack.url, `mutation { updateActor(id: "${SAINT_ETIENNE}", input: { description: "x" }) { id } }`);
    expect(await status(ONE_ACTOR)).toBe('HIT');

    const renamed = await post(stack.url, `mutation($id: ID!) { updateActor(id: $id, input: { acronym: "STE" }) { id acronym } }`, { id: SAINT_ETIENNE }, editor);
    expect(renamed.body.errors).toBeUndefined();
    expect(await status(ONE_ACTOR)).toBe('MISS');
    expect(await status(LOIRE)).toBe('MISS');
    expect(await status(TOOLBOX)).toBe('HIT');
    expect(await status(BOARD)).toBe('HIT');

    await warm();
    const created = await post(
      stack.url,
      `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id title } }`,
      {
        input: {
          kind: 'INTERNSHIP', title: 'Stage cache', description: 'Un stage pour vérifier le cache.', hostId: SAINT_ETIENNE,
          territory: { communeCode: '42218' }, deadline: '2027-01-15',
        },
      },
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    // Actor.opportunities and the board hold opportunities; the actor's name and the toolbox do not.
    const loire = await post(stack.url, LOIRE);
    expect(loire.headers.get('x-cache')).toBe('MISS');
    const host = loire.body.data.actors.nodes.find((n: any) => n.id === SAINT_ETIENNE);
    if (host) expect(host.opportunities.map((o: any) => o.id)).toContain(created.body.data.createOpportunity.id);
    expect(await status(BOARD)).toBe('MISS');
    expect(await status(ONE_ACTOR)).toBe('HIT');
    expect(await status(TOOLBOX)).toBe('HIT');

    // The new opportunity is on the host's page at once, not after the max-age.
    const page = `{ actor(id: "${SAINT_ETIENNE}") { opportunities { id } } }`;
    await post(stack.url, page);
    await post(stack.url, `mutation($id: ID!) { archiveOpportunity(id: $id) { id } }`, { id: created.body.data.createOpportunity.id }, editor);
    const after = await post(stack.url, page);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.actor.opportunities.map((o: any) => o.id)).not.toContain(created.body.data.createOpportunity.id);
  });

  it('a mutation answering a scalar invalidates the types of the subgraph that ran it', async () => {
    const partners = `{ actor(id: "${SAINT_ETIENNE}") { partnerships { id } } }`;
    const added = await post(
      stack.url,
      `mutation($input: AddPartnershipInput!) { addPartnership(input: $input) { id } }`,
      { input: { actorId: SAINT_ETIENNE, partnerId: stableId('org:ulco'), toolSlug: 'connaissance-mutuelle', intensity: 1 } },
      editor,
    );
    expect(added.body.errors).toBeUndefined();
    await post(stack.url, partners);
    await post(stack.url, TOOLBOX);
    expect((await post(stack.url, partners)).headers.get('x-cache')).toBe('HIT');
    await post(stack.url, `mutation($id: ID!) { removePartnership(id: $id) }`, { id: added.body.data.addPartnership.id }, editor);
    const after = await post(stack.url, partners);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.actor.partnerships.map((p: any) => p.id)).not.toContain(added.body.data.addPartnership.id);
    expect((await post(stack.url, TOOLBOX)).headers.get('x-cache')).toBe('HIT');
  });

  it('serves a POST hit before Apollo Server with the bytes and headers Apollo Server gives a hit', async () => {
    const query = `{ actors(filter: { departmentCode: "43", kinds: [COLLECTIVITY] }, first: 3) { nodes { id name } } }`;
    const raw = (accept?: string) =>
      fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) }, body: JSON.stringify({ query }) });
    expect((await raw()).headers.get('x-cache')).toBe('MISS');
    // GET hits go through Apollo Server (its CSRF rules, the ETag), POST hits are answered before it.
    const viaApollo = await fetch(`${stack.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    stack.resetStatements();
    const early = await raw();
    sentNoSql();
    for (const answer of [viaApollo, early]) expect(answer.headers.get('x-cache')).toBe('HIT');
    expect(await early.text()).toBe(await viaApollo.text());
    for (const header of ['content-type', 'vary']) expect([header, early.headers.get(header)]).toEqual([header, viaApollo.headers.get(header)]);
    expect(early.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);

    // The media type is negotiated as Apollo Server does; an Accept it cannot serve still gets its 406.
    expect((await raw('application/graphql-response+json,application/json;q=0.9')).headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect((await raw('application/json')).headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await raw('text/html')).status).toBe(406);
    // Other operation names or variables are other entries.
    const named = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, operationName: null, variables: { unused: 1 } }) });
    expect(named.headers.get('x-cache')).toBe('MISS');
  });

  it('answers GET with a strong ETag and 304 to If-None-Match', async () => {
    const url = `${stack.url}?query=${encodeURIComponent(TOOLBOX)}`;
    // Apollo Server's CSRF prevention wants a non-simple header on GET.
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    // Served from the cache filled above: the toolbox's day, less the entry's age.
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=86[34]\d\d$/);
    const body = await first.text();

    const again = await revalidate(url, { ...headers, 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toMatch(/^public, max-age=\d+$/);

    const stale = await revalidate(url, { ...headers, 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    expect(stale.body).toBe(body);

    const signedIn = await fetch(url, { headers: { ...headers, authorization: `Bearer ${editor}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
  });

  it('feeds use the cache when anonymous, exports and signed-in callers never do', async () => {
    const feed = `${stack.origin}/feeds/opportunities.json?departmentCode=42`;
    await fetch(feed).then((r) => r.text());
    stack.resetStatements();
    const cached = await fetch(feed);
    expect(cached.status).toBe(200);
    await cached.text();
    sentNoSql();

    stack.resetStatements();
    const signedIn = await fetch(feed, { headers: { authorization: `Bearer ${editor}` } });
    await signedIn.text();
    expect(stack.statements().opportunities).toBeGreaterThan(0);

    const exportUrl = `${stack.origin}/exports/opportunities.csv?departmentCode=42`;
    for (let i = 0; i < 2; i++) {
      stack.resetStatements();
      const response = await fetch(exportUrl);
      expect(response.status).toBe(200);
      await response.text();
      expect(stack.statements().opportunities).toBeGreaterThan(0);
    }
  });
});

describe('redis cache shared by two gateways', () => {
  let prefix: string;
  let gateways: RunningGateway[] = [];

  beforeAll(async () => {
    prefix = `test:response-cache:${randomUUID()}:`;
    const start = () =>
      startGateway({
        port: 0,
        host: '127.0.0.1',
        jwtSecret: TEST_JWT_SECRET,
        internalSecret: TEST_INTERNAL_SECRET,
        databaseUrl: stack.database.url,
        redisUrl: REDIS_URL,
        responseCache: { mode: 'redis', redisPrefix: prefix },
        // As in startStack: the per-IP limits would throttle one loopback client.
        partners: { anonymousPerMinute: 1_000_000, sitePerMinute: 1_000_000 },
        supergraphPath: resolve(__dirname, '../../../schema/supergraph.graphql'),
        clientDir: resolve(__dirname, '../../../client/dist-none'),
        subgraphUrls: { actors: stack.subgraphs.actors.service.url, opportunities: stack.subgraphs.opportunities.service.url, contacts: stack.subgraphs.contacts.service.url },
      });
    gateways = [await start(), await start()];
  });

  afterAll(async () => {
    const redis = redisClient(REDIS_URL)!;
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await Promise.all(gateways.map((g) => g.stop()));
    await closeRedis();
  });

  it('a second replica serves what the first stored, and sees the first one’s invalidations', async () => {
    const [a, b] = gateways.map((g) => g!.url) as [string, string];
    const first = await post(a, LOIRE);
    expect(first.headers.get('x-cache')).toBe('MISS');
    stack.resetStatements();
    const fromB = await post(b, LOIRE);
    expect(fromB.headers.get('x-cache')).toBe('HIT');
    expect(fromB.body).toEqual(first.body);
    sentNoSql();
    expect(await redisClient(REDIS_URL)!.keys(`${prefix}e:*`)).toHaveLength(1);

    await post(b, TOOLBOX);
    const updated = await post(b, `mutation($id: ID!) { updateActor(id: $id, input: { acronym: "STE2" }) { id } }`, { id: SAINT_ETIENNE }, editor);
    expect(updated.body.errors).toBeUndefined();
    expect((await post(a, LOIRE)).headers.get('x-cache')).toBe('MISS');
    expect((await post(a, TOOLBOX)).headers.get('x-cache')).toBe('HIT');
    expect((await post(b, LOIRE)).headers.get('x-cache')).toBe('HIT');
  });
});
