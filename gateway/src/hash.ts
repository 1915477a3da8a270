import { createHash } from 'node:crypto';

/** SHA-256 of `text`, in hex: stored token and key hashes, persisted-query and cache hashes (as Apollo Server computes them). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
