/**
 * Requests that are not proper GraphQL over HTTP: each one gets a 4xx with a GraphQL-shaped body
 * (`errors[0].extensions.code`), never a 5xx, an HTML error page or a hang. protection.test.ts already
 * covers a 2 MB query, a batch of 100 and truncated JSON; these are the other ways to get it wrong.
 */
import { startStack, type Stack } from '../testing/stack.js';
import { post, type Answer } from './harness.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.stop());

const json = { 'content-type': 'application/json' };

interface Case {
  name: string;
  method?: string;
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  query?: string;
  status: number;
  code: string;
}

const cases: Case[] = [
  // Not JSON, or JSON that is not one operation.
  { name: 'a query sent as text/plain (no preflight: refused as possible CSRF)', body: '{ toolFamilies { family } }', headers: { 'content-type': 'text/plain' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an XML body', body: '<query>{ toolFamilies { family } }</query>', headers: { 'content-type': 'application/xml' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a form-encoded body', body: 'query=%7B__typename%7D', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'no content type', body: '{"query":"{__typename}"}', headers: {}, status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty body', body: '', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object', body: '{}', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty array', body: '[]', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'an array of one operation', body: '[{"query":"{__typename}"}]', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string', body: '"{__typename}"', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null', body: 'null', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON number', body: '42', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is a number', body: '{"query":42}', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables as a string', body: '{"query":"{__typename}","variables":"{}"}', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables as an array', body: '{"query":"{__typename}","variables":[1]}', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'an operationName that is a number', body: '{"query":"{__typename}","operationName":1}', headers: json, status: 400, code: 'BAD_REQUEST' },
  { name: 'an unknown operationName', body: '{"query":"query A { __typename }","operationName":"B"}', headers: json, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'two operations without an operationName', body: '{"query":"query A { __typename } query B { __typename }"}', headers: json, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a query that does not parse', body: JSON.stringify({ query: '{ actors(first: ) {' }), headers: json, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: JSON.stringify({ query: '{ nope }' }), headers: json, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a variable of the wrong type', body: JSON.stringify({ query: 'query($n: Int) { actors(first: $n) { totalCount } }', variables: { n: 'ten' } }), headers: json, status: 400, code: 'BAD_USER_INPUT' },
  // Bytes and encodings.
  {
    name: 'invalid UTF-8 and a NUL byte inside a string',
    body: Buffer.concat([Buffer.from('{"query":"{ actors(filter: { search: \\"a'), Buffer.from([0xc3, 0x28, 0xff, 0x00]), Buffer.from('\\" }) { totalCount } }"}')]),
    headers: json,
    status: 400,
    code: 'BAD_REQUEST',
  },
  { name: 'an escaped NUL character in a variable', body: JSON.stringify({ query: 'query($q: String) { actors(filter: { search: $q }) { totalCount } }', variables: { q: 'saint\u0000etienne' } }), headers: json, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an escaped NUL character in the query text', body: JSON.stringify({ query: '{ actors(filter: { search: "a\\u0000b" }) { totalCount } }' }), headers: json, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a charset other than UTF-8', body: '{"query":"{__typename}"}', headers: { 'content-type': 'application/json; charset=latin1' }, status: 415, code: 'BAD_REQUEST' },
  { name: 'an unknown Content-Encoding', body: '{"query":"{__typename}"}', headers: { ...json, 'content-encoding': 'zstd-ish' }, status: 415, code: 'BAD_REQUEST' },
  { name: 'a gzip body that is not gzip', body: 'not gzip at all', headers: { ...json, 'content-encoding': 'gzip' }, status: 400, code: 'BAD_REQUEST' },
  // Size: variables (not the query) beyond the body limit.
  { name: 'huge variables', body: JSON.stringify({ query: 'query($q: String) { actors(filter: { search: $q }) { totalCount } }', variables: { q: 'é'.repeat(200_000) } }), headers: json, status: 413, code: 'PAYLOAD_TOO_LARGE' },
  // Methods and GET.
  { name: 'GET without a query', method: 'GET', headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'GET with a broken query', method: 'GET', query: '?query=%7B__typename', headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a mutation over GET', method: 'GET', query: '?query=mutation%7BarchiveActor(id:%22x%22)%7Bid%7D%7D', headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, status: 405, code: 'BAD_REQUEST' },
  { name: 'PUT', method: 'PUT', body: '{"query":"{__typename}"}', headers: json, status: 405, code: 'BAD_REQUEST' },
  { name: 'DELETE', method: 'DELETE', body: '{"query":"{__typename}"}', headers: json, status: 405, code: 'BAD_REQUEST' },
];

/** The body is JSON with `errors`, each with a code; the answer is quick and not a server error. */
function expectClean(answer: Answer, expected: Pick<Case, 'status' | 'code'>) {
  expect(answer.failure).toBeUndefined();
  expect(answer.body).not.toBeNull();
  expect(answer.body!.errors?.length).toBeGreaterThan(0);
  expect(answer.body!.errors![0]!.message.length).toBeGreaterThan(0);
  expect(answer.body!.errors![0]!.message).not.toMatch(/at .+\.(js|ts):\d+/); // no stack trace
  expect({ status: answer.status, code: answer.body!.errors![0]!.extensions?.code }).toEqual({ status: expected.status, code: expected.code });
  expect(answer.ms).toBeLessThan(10_000);
}

it.each(cases.map((c) => [c.name, c] as const))('answers %s with a clean 4xx', async (_name, c) => {
  const answer = await post(stack.url + (c.query ?? ''), { method: c.method ?? 'POST', body: c.body ?? '', headers: c.headers ?? {}, timeoutMs: 15_000 });
  expectClean(answer, c);
});

it('answers a body that stops halfway (the client goes silent) without hanging the server', async () => {
  // Declares 1,000 bytes, sends 20, then closes: the server must not keep waiting nor crash.
  const { request } = await import('node:http');
  const url = new URL(stack.url);
  await new Promise<void>((done) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { ...json, 'content-length': '1000' } });
    req.on('error', () => done());
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => done());
    });
    req.write('{"query":"{ __typena');
    setTimeout(() => req.destroy(), 200);
  });
  // Still serving.
  const after = await post(stack.url, { body: JSON.stringify({ query: '{ toolFamilies { family } }' }), headers: json });
  expect(after.status).toBe(200);
  expect(after.body?.data.toolFamilies.length).toBeGreaterThan(0);
});
