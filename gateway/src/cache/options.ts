/** Options of the response cache (read from the environment by config.ts). */
export interface ResponseCacheOptions {
  /** off: Cache-Control headers only; memory: this process; redis: shared by every replica (REDIS_URL). */
  mode: 'off' | 'memory' | 'redis';
  /** Memory mode: bytes the cache may hold (least recently used entries go first). */
  maxBytes: number;
  /** An answer larger than this is not stored. */
  maxEntryBytes: number;
  /** Seconds an entry is kept at most, even when its policy allows longer. */
  maxTtlSeconds: number;
  /** Redis mode: prefix of every key. */
  redisPrefix: string;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = {
  // Off unless configured: startGateway is also what tests call, and tests that change the
  // database behind the API's back must not read a cached answer. readGatewayConfig turns it on.
  mode: 'off',
  maxBytes: 64 * 1024 * 1024,
  maxEntryBytes: 4 * 1024 * 1024,
  maxTtlSeconds: 300,
  redisPrefix: 'ecosystem:response-cache:',
};
