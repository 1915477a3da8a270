/** The in-memory store: bounded in bytes (least recently used out first), invalidated by tag generations. */
import { MemoryStore, isCurrent, type CachedEntry } from './store.js';

const entry = (body: string, tags: Record<string, number> = {}, now = Date.now()): CachedEntry => ({ body, tags, storedAt: now, maxAge: 300, expiresAt: now + 300_000 });

it('keeps at most maxBytes, dropping the least recently used entries first', async () => {
  const kb = 'x'.repeat(512); // 1 kB in memory (UTF-16) + 256 bytes of bookkeeping
  const store = new MemoryStore(4 * 1280, 4 * 1280);
  for (const key of ['a', 'b', 'c', 'd']) await store.set(key, entry(kb));
  expect(store.size).toEqual({ entries: 4, bytes: 4 * 1280 });
  await store.get('a'); // a is now the most recent
  await store.set('e', entry(kb));
  expect(await store.get('b')).toBeNull();
  expect(await store.get('a')).not.toBeNull();
  expect(store.size.bytes).toBeLessThanOrEqual(4 * 1280);
  // Too big for one entry: not stored, nothing evicted for it.
  await store.set('huge', entry('x'.repeat(4 * 1280)));
  expect(await store.get('huge')).toBeNull();
  expect(store.size.entries).toBe(4);
});

it('an entry is stale once one of its tags is bumped or it has expired', async () => {
  const store = new MemoryStore(1e6, 1e6);
  const [actor, tool] = await store.generations(['Actor', 'PartnershipTool']);
  const list = entry('{}', { Actor: actor!, '*': 0 });
  const toolbox = entry('{}', { PartnershipTool: tool!, '*': 0 });
  await store.bump(['Actor']);
  expect(await isCurrent(store, list)).toBe(false);
  expect(await isCurrent(store, toolbox)).toBe(true);
  expect(await isCurrent(store, toolbox, toolbox.expiresAt)).toBe(false);
  await store.bump(['*']);
  expect(await isCurrent(store, toolbox)).toBe(false);
});
