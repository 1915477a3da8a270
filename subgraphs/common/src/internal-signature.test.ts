/** The internal signature between the gateway and the subgraphs, as pure functions. */
import { createHash, createHmac } from 'node:crypto';
import {
  INTERNAL_SIGNATURE_HEADER,
  INTERNAL_TIMESTAMP_HEADER,
  assertInternalSecret,
  signInternalRequest,
  verifyInternalRequest,
} from './internal-signature.js';

const SECRET = 'unit-test-internal-secret-0123456789abcdef';
const BODY = JSON.stringify({ query: '{ actors(first: 1) { nodes { name } } }', variables: { é: 'Saint-Étienne' } });
const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);

function headersOf(signed: ReturnType<typeof signInternalRequest>) {
  return { timestamp: signed[INTERNAL_TIMESTAMP_HEADER], signature: signed[INTERNAL_SIGNATURE_HEADER] };
}

it('signs timestamp + "\\n" + sha256(body) with HMAC-SHA256, and verifies it', () => {
  const signed = signInternalRequest(SECRET, BODY, NOW);
  expect(signed[INTERNAL_TIMESTAMP_HEADER]).toBe(String(NOW / 1000));
  const bodyHash = createHash('sha256').update(Buffer.from(BODY, 'utf8')).digest('hex');
  expect(signed[INTERNAL_SIGNATURE_HEADER]).toBe(createHmac('sha256', SECRET).update(`${NOW / 1000}\n${bodyHash}`).digest('hex'));
  expect(verifyInternalRequest(SECRET, headersOf(signed), BODY, NOW)).toEqual({ ok: true });
  // The same bytes as a Buffer (what the server keeps) verify too, and a few seconds later still.
  expect(verifyInternalRequest(SECRET, headersOf(signed), Buffer.from(BODY), NOW + 5_000)).toEqual({ ok: true });
  // An empty body (a GET) is signed as the empty string.
  expect(verifyInternalRequest(SECRET, headersOf(signInternalRequest(SECRET, undefined, NOW)), Buffer.alloc(0), NOW)).toEqual({ ok: true });
});

it('refuses a tampered body', () => {
  const signed = signInternalRequest(SECRET, BODY, NOW);
  const tampered = BODY.replace('first: 1', 'first: 2');
  expect(verifyInternalRequest(SECRET, headersOf(signed), tampered, NOW)).toEqual({ ok: false, reason: 'invalid' });
  expect(verifyInternalRequest(SECRET, headersOf(signed), `${BODY} `, NOW)).toEqual({ ok: false, reason: 'invalid' });
});

it('refuses a signature made with another secret, or a changed timestamp', () => {
  const signed = signInternalRequest('another-secret-of-at-least-32-characters!!', BODY, NOW);
  expect(verifyInternalRequest(SECRET, headersOf(signed), BODY, NOW)).toEqual({ ok: false, reason: 'invalid' });
  const good = headersOf(signInternalRequest(SECRET, BODY, NOW));
  expect(verifyInternalRequest(SECRET, { ...good, timestamp: String(NOW / 1000 + 1) }, BODY, NOW)).toEqual({ ok: false, reason: 'invalid' });
});

it('refuses timestamps more than 60 s old (replays) or 60 s ahead', () => {
  const signed = headersOf(signInternalRequest(SECRET, BODY, NOW));
  expect(verifyInternalRequest(SECRET, signed, BODY, NOW + 60_000)).toEqual({ ok: true });
  expect(verifyInternalRequest(SECRET, signed, BODY, NOW + 61_000)).toEqual({ ok: false, reason: 'expired' });
  expect(verifyInternalRequest(SECRET, signed, BODY, NOW - 60_000)).toEqual({ ok: true });
  expect(verifyInternalRequest(SECRET, signed, BODY, NOW - 61_000)).toEqual({ ok: false, reason: 'future' });
});

it('refuses missing or malformed headers, and short secrets', () => {
  const signed = headersOf(signInternalRequest(SECRET, BODY, NOW));
  expect(verifyInternalRequest(SECRET, { timestamp: undefined, signature: undefined }, BODY, NOW)).toEqual({ ok: false, reason: 'missing' });
  expect(verifyInternalRequest(SECRET, { ...signed, signature: undefined }, BODY, NOW)).toEqual({ ok: false, reason: 'missing' });
  expect(verifyInternalRequest(SECRET, { ...signed, signature: 'abc' }, BODY, NOW)).toEqual({ ok: false, reason: 'malformed' });
  expect(verifyInternalRequest(SECRET, { ...signed, timestamp: '12.5' }, BODY, NOW)).toEqual({ ok: false, reason: 'malformed' });
  expect(verifyInternalRequest(SECRET, { ...signed, signature: [signed.signature, signed.signature] }, BODY, NOW)).toEqual({ ok: false, reason: 'malformed' });
  expect(() => assertInternalSecret('too-short')).toThrow(/at least 32/);
  expect(() => signInternalRequest('too-short', BODY)).toThrow(/INTERNAL_SECRET/);
});
