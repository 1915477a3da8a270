/**
 * Subgraphs trust only the gateway: straight to a subgraph, only requests carrying a valid internal
 * signature are answered; through the gateway (which signs every request) everything works.
 */
import { signInternalRequest } from '@ecosystem/common';
import { TEST_INTERNAL_SECRET, TEST_JWT_SECRET } from '@ecosystem/common/testing';
import { resolve } from 'node:path';
import { startGateway } from './gateway.js';
import { postGraphQL, startStack, type Stack } from './testing/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const NAMES = ['actors', 'opportunities', 'contacts'] as const;
const PROBE = '{ _service { sdl } }';
const CREATE = `mutation($input: CreateActorInput!) { createActor(input: $input) { id name } }`;
const ACTOR = { kind: 'LAB', name: 'Laboratoire de la signature', territory: { communeCode: '42218' } };

function expectRefused(response: { status: number; data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, any> }> }) {
  expect(response.status).toBe(401);
  expect(response.data).toBeUndefined();
  expect(response.errors).toEqual([{ message: expect.stringMatching(/only answers the gateway/), extensions: { code: 'UNAUTHENTICATED' } }]);
}

it.each(NAMES)('%s refuses an unsigned POST with 401 UNAUTHENTICATED, even with a valid bearer token', async (name) => {
  const url = stack.subgraphs[name].service.url;
  expectRefused(await postGraphQL(url, PROBE));
  expectRefused(await postGraphQL(url, PROBE, undefined, await stack.token('admin')));
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PROBE }) });
  expect(response.headers.get('www-authenticate')).toBe('Ecosystem-HMAC-SHA256');
  // GET /graphql?query=… too.
  const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
  expect(get.status).toBe(401);
});

it.each(NAMES)('%s answers a signed POST, and keeps /health and /ready open', async (name) => {
  const url = stack.subgraphs[name].service.url;
  const { status, data, errors } = await postGraphQL<any>(url, PROBE, undefined, undefined, { signed: true });
  expect(errors).toBeUndefined();
  expect(status).toBe(200);
  expect(data._service.sdl).toMatch(/type Query/);
  for (const path of ['/health', '/ready']) expect((await fetch(url.replace(/\/graphql$/, path))).status).toBe(200);
});

it('refuses a replayed request (old timestamp), a tampered body, a future timestamp and a wrong secret', async () => {
  const url = stack.subgraphs.actors.service.url;
  expectRefused(await postGraphQL(url, PROBE, undefined, undefined, { signed: { at: Date.now() - 61_000 } }));
  expectRefused(await postGraphQL(url, PROBE, undefined, undefined, { signed: { at: Date.now() + 61_000 } }));
  expectRefused(await postGraphQL(url, PROBE, undefined, undefined, { signed: { secret: 'not-the-internal-secret-0123456789abcdef' } }));

  // A captured request replays fine inside the window, not after; its signature does not cover another body.
  const body = JSON.stringify({ query: PROBE });
  const headers = { 'content-type': 'application/json', ...signInternalRequest(TEST_INTERNAL_SECRET, body, Date.now() - 61_000) };
  expect((await fetch(url, { method: 'POST', headers, body })).status).toBe(401);
  const fresh = { 'content-type': 'application/json', ...signInternalRequest(TEST_INTERNAL_SECRET, body) };
  expect((await fetch(url, { method: 'POST', headers: fresh, body })).status).toBe(200);
  const other = JSON.stringify({ query: '{ actors(first: 1000) { nodes { id name } } }' });
  expect((await fetch(url, { method: 'POST', headers: fresh, body: other })).status).toBe(401);
});

it('works through the gateway, which signs every subgraph request (federated query, mutation with a token)', async () => {
  const { data, errors } = await stack.query(`{ actors(filter: { search: "saint etienne" }, first: 3) { nodes { name contacts { id } opportunities { id } } } }`);
  expect(errors).toBeUndefined();
  expect(data.actors.nodes[0].name).toBe('Saint-Étienne');
  // The bearer token still reaches the subgraphs, which still check it themselves.
  const token = await stack.token('editor', undefined, ['departement:42']);
  const created = await stack.query(CREATE, { input: { ...ACTOR, name: 'Signature test' } }, token);
  expect(created.errors).toBeUndefined();
  expect(created.data.createActor.name).toBe('Signature test');
  const anonymous = await stack.query(CREATE, { input: ACTOR });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
});

it('a signed request does not replace the viewer: the subgraph still verifies the bearer token itself', async () => {
  const url = stack.subgraphs.actors.service.url;
  const anonymous = await postGraphQL<any>(url, CREATE, { input: ACTOR }, undefined, { signed: true });
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const forged = await postGraphQL<any>(url, CREATE, { input: ACTOR }, 'garbage', { signed: true });
  expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const token = await stack.token('editor', undefined, ['departement:42']);
  const editor = await postGraphQL<any>(url, CREATE, { input: { ...ACTOR, name: 'Signed direct' } }, token, { signed: true });
  expect(editor.errors).toBeUndefined();
  expect(editor.data.createActor.name).toBe('Signed direct');
});

it('a gateway with the wrong INTERNAL_SECRET gets an internal error, not the subgraph refusal', async () => {
  const wrong = await startGateway({
    port: 0,
    host: '127.0.0.1',
    jwtSecret: TEST_JWT_SECRET,
    internalSecret: 'a-different-internal-secret-0123456789abcdef',
    databaseUrl: stack.database.url,
    supergraphPath: resolve(__dirname, '../../schema/supergraph.graphql'),
    clientDir: resolve(__dirname, '../../client/dist-none'),
    subgraphUrls: Object.fromEntries(NAMES.map((name) => [name, stack.subgraphs[name].service.url])),
  });
  const errorSpy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const { data, errors } = await postGraphQL<any>(wrong.url, '{ actors(first: 1) { nodes { id } } }');
    expect(data?.actors ?? null).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(errors)).not.toMatch(/signature|INTERNAL_SECRET/);
  } finally {
    errorSpy.mockRestore();
    await wrong.stop();
  }
});
