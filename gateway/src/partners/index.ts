/**
 * Partner keys, request rate limits, CORS per key and persisted queries, assembled for the gateway:
 * `gate` goes first on /graphql, `allowList` after its body parser, `admin` at /admin/keys, and
 * `persistedQueries` is Apollo Server's APQ option (Redis when REDIS_URL is set).
 */
import { withDefaults } from '@ecosystem/common';
import type { RequestHandler, Router } from 'express';
import type { DataSource } from 'typeorm';
import { DEFAULT_PARTNER_SETTINGS, type GatewayConfig, type PartnerSettings } from '../config.js';
import { redisClient } from '../redis.js';
import { persistedQueryOptions } from './apq-cache.js';
import { KeyStore } from './keys.store.js';
import { KeyCache, allowListGuard, partnerGate } from './partners.middleware.js';
import { adminKeysRouter } from './partners.routes.js';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './rate-limiter.js';

export * from './keys.store.js';
export { API_KEY_HEADER, PARTNER_CODES, ipBucket, verifiedViewer } from './partners.middleware.js';
export * from './rate-limiter.js';

export interface Partners {
  store: KeyStore;
  settings: PartnerSettings;
  gate: RequestHandler;
  allowList: RequestHandler;
  admin: Router;
  persistedQueries: ReturnType<typeof persistedQueryOptions>;
  /** Writes the usage counters counted since the last flush (also every `counterFlushMs`). */
  flush(): Promise<void>;
  /** Stops the flush timer and writes what is left. */
  stop(): Promise<void>;
}

export function resolvePartnerSettings(settings: Partial<PartnerSettings> = {}): PartnerSettings {
  return withDefaults(DEFAULT_PARTNER_SETTINGS, settings);
}

export function createPartners(config: Pick<GatewayConfig, 'jwtSecret' | 'redisUrl' | 'partners'>, accounts: DataSource): Partners {
  const settings = resolvePartnerSettings(config.partners);
  const store = new KeyStore(accounts);
  const redis = redisClient(config.redisUrl);
  const limiter: RateLimiter = redis ? new RedisRateLimiter(redis, settings.redisPrefix) : new MemoryRateLimiter();
  const keys = new KeyCache(store, settings.keyCacheMs);
  const flush = () => store.flush();
  const timer = setInterval(() => {
    flush().catch((error: Error) => console.error(`[gateway] could not write API key counters: ${error.message}`));
  }, settings.counterFlushMs);
  timer.unref();
  return {
    store,
    settings,
    gate: partnerGate({ keys, store, limiter, settings, jwtSecret: config.jwtSecret }),
    allowList: allowListGuard(store),
    admin: adminKeysRouter({ store, jwtSecret: config.jwtSecret, defaultRatePerMinute: settings.keyDefaultPerMinute, changed: () => keys.clear(), flush }),
    persistedQueries: persistedQueryOptions(redis, settings.redisPrefix),
    flush,
    stop: async () => {
      clearInterval(timer);
      await flush().catch((error: Error) => console.error(`[gateway] could not write API key counters: ${error.message}`));
    },
  };
}
