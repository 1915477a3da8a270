/**
 * Request rate limits: a token bucket per caller (a key, an account, an IP), kept in memory, or in
 * Redis when REDIS_URL is set so that every gateway replica counts the same requests.
 *
 * The bucket is GCRA (the generic cell rate algorithm): one timestamp per caller, the "theoretical
 * arrival time". A limit of N per minute lets a burst of N through, then one request every 60/N s.
 * Unlike a fixed window it has no boundary where 2N requests pass, and unlike a sliding log it
 * stores one number per caller; the Retry-After it gives is exact.
 *
 * The sign-in failure limiter (auth/rate-limit.ts) is a different thing: it counts failures only,
 * checked before the attempt and recorded after it, over 15 minutes; it stays on its own.
 */
import type { Redis } from 'ioredis';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the caller may try again (0 when allowed). */
  retryAfter: number;
}

export interface RateLimiter {
  /** Counts one request of `bucket` against `perMinute`; a refused request is not counted. */
  hit(bucket: string, perMinute: number): Promise<RateDecision>;
}

const WINDOW_MS = 60_000;

/** One GCRA step: the new arrival time, or the milliseconds to wait. */
export function gcra(tat: number, now: number, perMinute: number): { allowed: true; tat: number } | { allowed: false; waitMs: number } {
  const interval = WINDOW_MS / perMinute;
  const next = Math.max(tat, now) + interval;
  const allowAt = next - WINDOW_MS;
  if (now < allowAt) return { allowed: false, waitMs: allowAt - now };
  return { allowed: true, tat: next };
}

function seconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly tats = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async hit(bucket: string, perMinute: number): Promise<RateDecision> {
    const now = this.now();
    const step = gcra(this.tats.get(bucket) ?? 0, now, perMinute);
    if (!step.allowed) return { allowed: false, retryAfter: seconds(step.waitMs) };
    this.tats.set(bucket, step.tat);
    // A bucket whose arrival time is past is full again: forget it, so memory stays bounded by the
    // callers of the last minute.
    if (this.tats.size > 100_000) for (const [key, tat] of this.tats) if (tat <= now) this.tats.delete(key);
    return { allowed: true, retryAfter: 0 };
  }
}

/**
 * The same step in Redis, atomically, with Redis's own clock (replicas may disagree on the time).
 * The key expires when the bucket is full again.
 */
const GCRA_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nextTat = tat + interval
local allowAt = nextTat - window
if now < allowAt then return {0, math.ceil(allowAt - now)} end
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now))
return {1, 0}`;

export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Used while Redis does not answer: the API stays up, limited per replica. */
    private readonly fallback: MemoryRateLimiter = new MemoryRateLimiter(),
  ) {}

  async hit(bucket: string, perMinute: number): Promise<RateDecision> {
    try {
      const [allowed, waitMs] = (await this.redis.eval(GCRA_SCRIPT, 1, `${this.prefix}rate:${bucket}`, WINDOW_MS / perMinute, WINDOW_MS)) as [number, number];
      return allowed ? { allowed: true, retryAfter: 0 } : { allowed: false, retryAfter: seconds(waitMs) };
    } catch (error) {
      console.error(`[gateway] rate limit in Redis failed, counting in memory: ${(error as Error).message}`);
      return this.fallback.hit(bucket, perMinute);
    }
  }
}
