/** Stable identifiers: seeded records get the same UUID on every machine, derived from their natural key. */
import { createHash } from 'node:crypto';

// A fixed namespace for this project (RFC 4122 §4.3): any UUID works as long as it never changes.
const NAMESPACE = Buffer.from('6f1d4a52d8a04c5e9b1f3c2e7a90b4d1', 'hex');

/** RFC 4122 version-5 UUID of `name` in the project namespace. */
export function stableId(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether PostgreSQL's uuid type accepts `value` in its usual form (any version): checked before a query, so a malformed id finds nothing instead of failing. */
export function looksLikeUuid(value: string): boolean {
  return UUID_SHAPE.test(value);
}
