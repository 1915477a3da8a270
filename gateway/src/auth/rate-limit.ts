/**
 * Failed sign-ins counted per key (an IP, an e-mail) over a sliding window: checked before an
 * attempt, recorded after a failure, cleared after a success. In memory, or in Redis when REDIS_URL
 * is set, so that N gateway replicas allow 10 tries in all, not 10 each.
 */
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

export interface FailureLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): Promise<number>;
  fail(key: string): Promise<void>;
  clear(key: string): Promise<void>;
  /** Forgets every failure (tests). */
  reset(): Promise<void>;
}

export const DEFAULT_FAILURE_LIMIT = 10;
export const DEFAULT_FAILURE_WINDOW_MS = 15 * 60 * 1000;

/** The wait once `times` (ascending, within the window) hold `limit` failures or more. */
function waitSeconds(times: number[], limit: number, windowMs: number, now: number): number {
  if (times.length < limit) return 0;
  const freedAt = times[times.length - limit]! + windowMs;
  return Math.max(1, Math.ceil((freedAt - now) / 1000));
}

export class MemoryFailureLimiter implements FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    readonly limit = DEFAULT_FAILURE_LIMIT,
    readonly windowMs = DEFAULT_FAILURE_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  async retryAfter(key: string): Promise<number> {
    return waitSeconds(this.recent(key), this.limit, this.windowMs, this.now());
  }

  async fail(key: string): Promise<void> {
    const times = this.recent(key);
    times.push(this.now());
    this.failures.set(key, times);
    if (this.failures.size > 50_000) this.sweep();
  }

  async clear(key: string): Promise<void> {
    this.failures.delete(key);
  }

  async reset(): Promise<void> {
    this.failures.clear();
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}

/**
 * One sorted set per key in Redis, scored by the failure's time; entries older than the window are
 * trimmed on every read and write, and the key expires with its newest failure. If Redis does not
 * answer, the replica counts in memory meanwhile (sign-in stays possible, limited per replica).
 */
export class RedisFailureLimiter implements FailureLimiter {
  private readonly fallback: MemoryFailureLimiter;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    readonly limit = DEFAULT_FAILURE_LIMIT,
    readonly windowMs = DEFAULT_FAILURE_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.fallback = new MemoryFailureLimiter(limit, windowMs, now);
  }

  private key(key: string): string {
    return `${this.prefix}signin:${key}`;
  }

  private failed(error: unknown): void {
    console.error(`[gateway] sign-in limiter in Redis failed, counting in memory: ${(error as Error).message}`);
  }

  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    try {
      const result = await this.redis
        .multi()
        .zremrangebyscore(this.key(key), '-inf', now - this.windowMs)
        .zrange(this.key(key), 0, -1, 'WITHSCORES')
        .exec();
      const flat = (result?.[1]?.[1] ?? []) as string[];
      const times = flat.filter((_, i) => i % 2 === 1).map(Number);
      return waitSeconds(times, this.limit, this.windowMs, now);
    } catch (error) {
      this.failed(error);
      return this.fallback.retryAfter(key);
    }
  }

  async fail(key: string): Promise<void> {
    const now = this.now();
    try {
      await this.redis
        .multi()
        .zadd(this.key(key), now, `${now}:${randomUUID()}`)
        .zremrangebyscore(this.key(key), '-inf', now - this.windowMs)
        .pexpire(this.key(key), this.windowMs)
        .exec();
    } catch (error) {
      this.failed(error);
      await this.fallback.fail(key);
    }
  }

  async clear(key: string): Promise<void> {
    await this.fallback.clear(key);
    await this.redis.del(this.key(key)).catch((error: unknown) => this.failed(error));
  }

  async reset(): Promise<void> {
    await this.fallback.reset();
    const stream = this.redis.scanStream({ match: `${this.prefix}signin:*`, count: 500 });
    for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await this.redis.del(...keys);
  }
}
