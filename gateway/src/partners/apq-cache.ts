/**
 * Automatic persisted queries (APQ) kept in Redis when REDIS_URL is set, so a hash registered on one
 * gateway replica is found on the others. Redis failing is a cache miss: the client then sends the
 * full text again, as the APQ protocol provides.
 */
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { Redis } from 'ioredis';

type PersistedQueryOptions = Exclude<NonNullable<ApolloServerOptions<BaseContext>['persistedQueries']>, false>;

/** How long a registered query stays in Redis: a day (re-registered by clients on a miss). */
export const APQ_TTL_SECONDS = 24 * 3600;

export class RedisQueryCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    const ttl = options?.ttl ?? APQ_TTL_SECONDS;
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, Math.round(ttl))).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean | void> {
    await this.redis.del(this.prefix + key).catch(() => undefined);
  }
}

/** Apollo Server's `persistedQueries` option: in memory (its default cache) or in Redis. */
export function persistedQueryOptions(redis: Redis | null, prefix: string): PersistedQueryOptions {
  if (!redis) return {};
  return { cache: new RedisQueryCache(redis, `${prefix}apq:`), ttl: APQ_TTL_SECONDS };
}
