/**
 * The optional Redis connection (REDIS_URL), shared by everything in the gateway that can keep its
 * state there instead of in memory (rate limits, response cache, persisted queries). One client
 * per URL per process, shared by every gateway the process runs (tests run several), so stopping
 * one gateway leaves it open: the process exit closes it, and tests call closeRedis() in afterAll.
 */
import { Redis } from 'ioredis';

const clients = new Map<string, Redis>();

/** The shared client for `url`, or null when Redis is not configured (the in-memory default). */
export function redisClient(url: string | undefined): Redis | null {
  if (!url) return null;
  let client = clients.get(url);
  if (!client) {
    // Fail fast instead of queueing commands forever when Redis is down: callers fall back or
    // answer an error, they do not hang a request.
    client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, lazyConnect: false });
    client.on('error', (error) => console.error(`[redis] ${error.message}`));
    clients.set(url, client);
  }
  return client;
}

export async function closeRedis(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  await Promise.all(all.map((client) => client.quit().catch(() => client.disconnect())));
}
