/**
 * Where cached answers live: in memory (an LRU bounded in bytes) or in Redis (shared by every
 * gateway replica). Invalidation is a generation counter per tag: an entry remembers the
 * generation of each of its tags when its query started; a mutation increments the counters of
 * the types it touched, and an entry whose counters moved is stale. One INCR per touched type
 * invalidates any number of entries, on every replica, with nothing to enumerate or clean up
 * (stale entries expire with their TTL or fall out of the LRU).
 */
import type { Redis } from 'ioredis';

export interface CachedEntry {
  /** The response's JSON (`{ data }`). */
  body: string;
  /** Tag → its generation when the query started. */
  tags: Record<string, number>;
  /** When it was stored (ms since epoch) and the maxAge of its policy (seconds), for HTTP. */
  storedAt: number;
  maxAge: number;
  /** When this cache stops serving it (ms since epoch): the maxAge, capped by RESPONSE_CACHE_MAX_TTL. */
  expiresAt: number;
}

export interface CacheStore {
  get(key: string): Promise<CachedEntry | null>;
  set(key: string, entry: CachedEntry): Promise<void>;
  delete(key: string): Promise<void>;
  /** Current generation of each tag (0 for a tag never bumped). */
  generations(tags: string[]): Promise<number[]>;
  /** Invalidates every entry carrying one of these tags. */
  bump(tags: string[]): Promise<void>;
}

/** Whether an entry is still fresh and none of its tags moved since it was computed. */
export async function isCurrent(store: CacheStore, entry: CachedEntry, now = Date.now()): Promise<boolean> {
  if (now >= entry.expiresAt) return false;
  const tags = Object.keys(entry.tags);
  const current = await store.generations(tags);
  return tags.every((tag, i) => current[i] === entry.tags[tag]);
}

export class MemoryStore implements CacheStore {
  /** Map order is recency order: the first key is the least recently used. */
  private readonly entries = new Map<string, { entry: CachedEntry; bytes: number }>();
  private readonly tagGenerations = new Map<string, number>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    readonly maxEntryBytes: number,
  ) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  async get(key: string): Promise<CachedEntry | null> {
    const found = this.entries.get(key);
    if (!found) return null;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.entry;
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    // Strings are UTF-16 in V8: two bytes per code unit is what the heap really holds.
    const bytes = entry.body.length * 2 + 256;
    if (bytes > this.maxEntryBytes || bytes > this.maxBytes) return;
    await this.delete(key);
    this.entries.set(key, { entry, bytes });
    this.bytes += bytes;
    for (const [oldest, { bytes: size }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= size;
    }
  }

  async delete(key: string): Promise<void> {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.bytes -= found.bytes;
  }

  async generations(tags: string[]): Promise<number[]> {
    return tags.map((tag) => this.tagGenerations.get(tag) ?? 0);
  }

  async bump(tags: string[]): Promise<void> {
    for (const tag of tags) this.tagGenerations.set(tag, (this.tagGenerations.get(tag) ?? 0) + 1);
  }
}

/**
 * Entries are plain keys with a TTL (`<prefix>e:<hash>`), generations are counters
 * (`<prefix>g:<tag>`) without TTL: a handful of keys, one per entity type. Redis's own maxmemory
 * policy bounds the memory (allkeys-lru is the setting to use); an entry above maxEntryBytes is
 * not stored.
 */
export class RedisStore implements CacheStore {

  constructor(
    private readonly redis: Redis,
    readonly prefix: string,
    readonly maxEntryBytes: number,
  ) {}

  async get(key: string): Promise<CachedEntry | null> {
    const raw = await this.redis.get(`${this.prefix}e:${key}`);
    return raw ? (JSON.parse(raw) as CachedEntry) : null;
  }

  async set(key: string, entry: CachedEntry): Promise<void> {
    const raw = JSON.stringify(entry);
    if (Buffer.byteLength(raw) > this.maxEntryBytes) return;
    const ttlMs = Math.max(1, entry.expiresAt - Date.now());
    await this.redis.set(`${this.prefix}e:${key}`, raw, 'PX', ttlMs);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}e:${key}`);
  }

  async generations(tags: string[]): Promise<number[]> {
    if (tags.length === 0) return [];
    const values = await this.redis.mget(tags.map((tag) => `${this.prefix}g:${tag}`));
    return values.map((value) => (value ? Number(value) : 0));
  }

  async bump(tags: string[]): Promise<void> {
    if (tags.length === 0) return;
    const pipeline = this.redis.multi();
    for (const tag of tags) pipeline.incr(`${this.prefix}g:${tag}`);
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }
}
