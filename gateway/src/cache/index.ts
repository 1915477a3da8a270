/**
 * Response caching of the gateway (see plugin.ts): the store chosen by the configuration, the
 * Apollo plugins to install and the ETag middleware for GET /graphql.
 */
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GatewayContext } from '../gateway.js';
import { redisClient } from '../redis.js';
import { strongEtag } from './etag.js';
import { responseCache, type ResponseCachePluginOptions } from './plugin.js';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './options.js';
import { MemoryStore, RedisStore, type CacheStore } from './store.js';

export { bypassResponseCache, CACHE_STATUS_HEADER } from './plugin.js';
export { MemoryStore, RedisStore, type CacheStore } from './store.js';
export { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './options.js';

export interface ResponseCaching {
  store: CacheStore | null;
  plugins: Array<ApolloServerPlugin<GatewayContext>>;
  etag: RequestHandler;
  /** Answers warm hits before Apollo Server (plugin.ts); mount it after the gates, before Apollo. */
  serveHits: RequestHandler;
}

export function responseCaching(
  options: Partial<ResponseCacheOptions> | undefined,
  redisUrl: string | undefined,
  onEvent?: ResponseCachePluginOptions['onEvent'],
): ResponseCaching {
  const resolved = { ...DEFAULT_RESPONSE_CACHE, ...options };
  let store: CacheStore | null = null;
  if (resolved.mode === 'memory') store = new MemoryStore(resolved.maxBytes, resolved.maxEntryBytes);
  if (resolved.mode === 'redis') {
    const redis = redisClient(redisUrl);
    if (!redis) throw new Error('RESPONSE_CACHE=redis needs REDIS_URL.');
    store = new RedisStore(redis, resolved.redisPrefix, resolved.maxEntryBytes);
  }
  const cache = responseCache({ store, maxTtlSeconds: resolved.maxTtlSeconds, onEvent });
  return {
    store,
    plugins: [
      // The policy is still computed (from the subgraphs' headers); plugin.ts writes the header.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      cache.plugin,
    ],
    etag: strongEtag(),
    serveHits: cache.serveHits,
  };
}
