/**
 * Subgraphs trust only the gateway: every request the gateway sends to a subgraph carries an
 * internal signature, HMAC-SHA256 with the shared INTERNAL_SECRET over
 * `timestamp + "\n" + sha256(body)`, in two headers. A subgraph answers 401 to any request without
 * a valid one. Timestamps more than 60 s old (replay window) or 60 s ahead are refused.
 *
 * Pure functions (no I/O, the clock is a parameter): the gateway signs with them, the subgraph server
 * verifies with them, the tests call them directly.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const INTERNAL_TIMESTAMP_HEADER = 'x-ecosystem-timestamp';
export const INTERNAL_SIGNATURE_HEADER = 'x-ecosystem-signature';
/** Sent in `WWW-Authenticate` with a refusal, so the gateway can tell it from a refused bearer token. */
export const INTERNAL_AUTH_SCHEME = 'Ecosystem-HMAC-SHA256';
/** How far a signature's timestamp may be from the verifier's clock, either way. */
export const INTERNAL_SIGNATURE_MAX_SKEW_MS = 60_000;
export const INTERNAL_SECRET_MIN_LENGTH = 32;

/** Throws unless the secret is long enough; services call it at start to fail early. */
export function assertInternalSecret(secret: string | undefined): asserts secret is string {
  if (typeof secret !== 'string' || secret.length < INTERNAL_SECRET_MIN_LENGTH) {
    throw new Error(`INTERNAL_SECRET must be at least ${INTERNAL_SECRET_MIN_LENGTH} characters long.`);
  }
}

function bodyBytes(body: string | Uint8Array | undefined | null): Uint8Array {
  if (body === undefined || body === null) return new Uint8Array(0);
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}

function mac(secret: string, timestamp: string, body: string | Uint8Array | undefined | null): string {
  const bodyHash = createHash('sha256').update(bodyBytes(body)).digest('hex');
  return createHmac('sha256', secret).update(`${timestamp}\n${bodyHash}`).digest('hex');
}

export interface InternalSignatureHeaders {
  [INTERNAL_TIMESTAMP_HEADER]: string;
  [INTERNAL_SIGNATURE_HEADER]: string;
}

/**
 * The headers that sign `body` (the exact bytes sent; a string is taken as UTF-8) at time `now`
 * (ms since the epoch). The timestamp is in whole seconds.
 */
export function signInternalRequest(secret: string, body: string | Uint8Array | undefined | null, now: number = Date.now()): InternalSignatureHeaders {
  assertInternalSecret(secret);
  const timestamp = String(Math.floor(now / 1000));
  return { [INTERNAL_TIMESTAMP_HEADER]: timestamp, [INTERNAL_SIGNATURE_HEADER]: mac(secret, timestamp, body) };
}

export type InternalSignatureResult = { ok: true } | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'future' | 'invalid' };

/** Header values as node gives them (a repeated header is an array: refused as malformed). */
type HeaderValue = string | string[] | undefined | null;

/**
 * Checks the two headers against the raw body received, with a constant-time comparison of the
 * MACs. The timestamp is checked first but the answer never says more than the reason's category.
 */
export function verifyInternalRequest(
  secret: string,
  headers: { timestamp: HeaderValue; signature: HeaderValue },
  body: string | Uint8Array | undefined | null,
  now: number = Date.now(),
): InternalSignatureResult {
  assertInternalSecret(secret);
  const { timestamp, signature } = headers;
  if (timestamp === undefined || timestamp === null || signature === undefined || signature === null) return { ok: false, reason: 'missing' };
  if (typeof timestamp !== 'string' || typeof signature !== 'string' || !/^\d{1,15}$/.test(timestamp) || !/^[0-9a-f]{64}$/i.test(signature)) {
    return { ok: false, reason: 'malformed' };
  }
  const signedAt = Number(timestamp) * 1000;
  if (now - signedAt > INTERNAL_SIGNATURE_MAX_SKEW_MS) return { ok: false, reason: 'expired' };
  if (signedAt - now > INTERNAL_SIGNATURE_MAX_SKEW_MS) return { ok: false, reason: 'future' };
  const expected = Buffer.from(mac(secret, timestamp, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  // Both are 32 bytes here (the format check above), as timingSafeEqual requires.
  return expected.length === given.length && timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: 'invalid' };
}
