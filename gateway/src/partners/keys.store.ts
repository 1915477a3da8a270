/**
 * Partner API keys in the gateway's `accounts` schema: creation (the secret is shown once, only its
 * SHA-256 and a short visible prefix are stored), revocation, the allow-listed operations, and the
 * usage counters, written in batches so that no request waits on an UPDATE.
 */
import { looksLikeUuid } from '@ecosystem/common';
import { randomBytes } from 'node:crypto';
import { sha256 } from '../hash.js';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { DataSource } from 'typeorm';

export type KeyMode = 'open' | 'allow-list';
export const KEY_MODES: readonly KeyMode[] = ['open', 'allow-list'];

/** What an admin reads about a key: never the secret. */
export interface PartnerKey {
  id: string;
  name: string;
  /** The first characters of the key (`eco_AbCd1234`), enough to recognise it in a list. */
  prefix: string;
  /** Browser origins allowed to use the key (`https://www.saint-etienne.fr`). */
  origins: string[];
  ratePerMinute: number;
  mode: KeyMode;
  requestCount: number;
  rejectionCount: number;
  lastUsedAt: Date | null;
  /** How many operations the key's allow-list holds (allow-list mode). */
  operationCount: number;
  createdBy: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewPartnerKey {
  name: string;
  origins?: readonly string[];
  ratePerMinute: number;
  mode?: KeyMode;
  createdBy?: string | null;
}

/** One operation of an allow-list: its SHA-256 is what a client may send instead of the text. */
export interface AllowedOperation {
  sha256: string;
  name: string | null;
  query: string;
}

/** A refused key input, naming the field (answered as BAD_USER_INPUT). */
export class KeyInputError extends Error {
  constructor(
    readonly field: 'name' | 'origins' | 'ratePerMinute' | 'mode' | 'operations' | 'id',
    message: string,
  ) {
    super(message);
  }
}

export const KEY_PREFIX = 'eco_';
export const MAX_RATE_PER_MINUTE = 1_000_000;


/** A new secret: `eco_` and 32 base64url characters (192 random bits). */
export function generateSecret(): string {
  return KEY_PREFIX + randomBytes(24).toString('base64url');
}

export function visiblePrefix(secret: string): string {
  return secret.slice(0, KEY_PREFIX.length + 8);
}

/**
 * An origin as browsers send it: scheme, host and port only. `https://www.saint-etienne.fr/` and
 * `HTTPS://WWW.Saint-Etienne.fr` both become `https://www.saint-etienne.fr`; a path is refused.
 */
export function normalizeOrigin(value: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new KeyInputError('origins', `« ${trimmed} » n'est pas une origine (https://exemple.fr).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new KeyInputError('origins', `« ${trimmed} » : seules les origines http(s) sont possibles.`);
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username) {
    throw new KeyInputError('origins', `« ${trimmed} » : une origine n'a ni chemin ni paramètres (https://exemple.fr).`);
  }
  return url.origin;
}

export function checkKeyInput(input: NewPartnerKey): Required<Omit<NewPartnerKey, 'createdBy'>> & { createdBy: string | null } {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (!name || name.length > 200) throw new KeyInputError('name', 'Donnez un nom à la clé (200 caractères au plus).');
  if (!Number.isInteger(input.ratePerMinute) || input.ratePerMinute < 1 || input.ratePerMinute > MAX_RATE_PER_MINUTE) {
    throw new KeyInputError('ratePerMinute', `La limite est un nombre entier de requêtes par minute, entre 1 et ${MAX_RATE_PER_MINUTE}.`);
  }
  const mode = input.mode ?? 'open';
  if (!KEY_MODES.includes(mode)) throw new KeyInputError('mode', `Le mode est « open » ou « allow-list ».`);
  if (!Array.isArray(input.origins ?? [])) throw new KeyInputError('origins', 'Les origines sont une liste.');
  const origins = [...new Set((input.origins ?? []).map((o) => normalizeOrigin(String(o))))];
  return { name, ratePerMinute: input.ratePerMinute, mode, origins, createdBy: input.createdBy ?? null };
}

/**
 * The operations of a document (a file of queries and fragments), each printed on its own with the
 * fragments it uses: the canonical text whose SHA-256 is registered. Clients send that hash (or any
 * text that prints the same: whitespace and comments do not matter).
 */
export function operationsOf(documentText: string): AllowedOperation[] {
  let document: DocumentNode;
  try {
    document = parse(documentText);
  } catch (error) {
    throw new KeyInputError('operations', `Le document GraphQL ne s'analyse pas : ${(error as Error).message}`);
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
    else throw new KeyInputError('operations', 'Le document ne doit contenir que des opérations et des fragments.');
  }
  if (!operations.length) throw new KeyInputError('operations', 'Le document ne contient aucune opération.');
  const names = operations.map((o) => o.name?.value ?? null);
  if (operations.length > 1 && names.some((n) => !n)) throw new KeyInputError('operations', 'Dans un document de plusieurs opérations, chacune doit avoir un nom.');
  return operations.map((operation) => {
    const used = new Map<string, DefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const name = spread.name.value;
          if (used.has(name)) return;
          const fragment = fragments.get(name);
          if (!fragment) throw new KeyInputError('operations', `Le fragment ${name} n'est pas défini dans le document.`);
          used.set(name, fragment);
          collect(fragment);
        },
      });
    collect(operation);
    const query = print({ kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] });
    return { sha256: sha256(query), name: operation.name?.value ?? null, query };
  });
}

/** The SHA-256 of a query text as registered: the hash of its printed form (null when it does not parse). */
export function canonicalHash(query: string): string | null {
  try {
    return sha256(print(parse(query)));
  } catch {
    return null;
  }
}

/** The key of a request, as the middleware needs it (cached a few seconds per secret). */
export interface ActiveKey {
  id: string;
  name: string;
  origins: string[];
  ratePerMinute: number;
  mode: KeyMode;
  /** SHA-256 → text of the allow-listed operations (allow-list mode only). */
  operations: Map<string, string>;
}

interface KeyRow {
  id: string;
  name: string;
  prefix: string;
  origins: string[];
  rate_per_minute: number;
  mode: KeyMode;
  request_count: string;
  rejection_count: string;
  last_used_at: Date | null;
  operation_count: string;
  created_by: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

const KEY_SELECT = `
  SELECT k.id, k.name, k.prefix, k.origins, k.rate_per_minute, k.mode, k.request_count, k.rejection_count, k.last_used_at,
         k.created_by, k.created_at, k.revoked_at,
         (SELECT count(*) FROM accounts.api_key_operation o WHERE o.key_id = k.id) AS operation_count
    FROM accounts.api_key k`;

function toKey(row: KeyRow): PartnerKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    origins: row.origins,
    ratePerMinute: row.rate_per_minute,
    mode: row.mode,
    requestCount: Number(row.request_count),
    rejectionCount: Number(row.rejection_count),
    lastUsedAt: row.last_used_at,
    operationCount: Number(row.operation_count),
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}


interface Usage {
  requests: number;
  rejections: number;
  lastUsedAt: Date;
}

export class KeyStore {
  private pending = new Map<string, Usage>();

  constructor(private readonly db: DataSource) {}

  /** Creates a key; the returned secret is never readable again. */
  async create(input: NewPartnerKey, operations: AllowedOperation[] = []): Promise<{ key: PartnerKey; secret: string }> {
    const checked = checkKeyInput(input);
    const secret = generateSecret();
    const id = await this.db.transaction(async (manager) => {
      const [row] = (await manager.query(
        `INSERT INTO accounts.api_key (name, prefix, secret_hash, origins, rate_per_minute, mode, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [checked.name, visiblePrefix(secret), sha256(secret), checked.origins, checked.ratePerMinute, checked.mode, checked.createdBy],
      )) as Array<{ id: string }>;
      if (operations.length) await insertOperations(manager, row!.id, operations);
      return row!.id;
    });
    return { key: (await this.get(id))!, secret };
  }

  async list(): Promise<PartnerKey[]> {
    const rows = (await this.db.query(`${KEY_SELECT} ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id`)) as KeyRow[];
    return rows.map(toKey);
  }

  async get(id: string): Promise<PartnerKey | null> {
    if (!looksLikeUuid(id)) return null;
    const [row] = (await this.db.query(`${KEY_SELECT} WHERE k.id = $1`, [id])) as KeyRow[];
    return row ? toKey(row) : null;
  }

  /** Revokes a key (kept, with its counters); null when unknown. Revoking twice keeps the first date. */
  async revoke(id: string): Promise<PartnerKey | null> {
    if (!looksLikeUuid(id)) return null;
    await this.db.query(`UPDATE accounts.api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1`, [id]);
    return this.get(id);
  }

  /** Adds operations to a key's allow-list (already registered ones are kept as they are). */
  async allow(id: string, operations: AllowedOperation[]): Promise<PartnerKey | null> {
    if (!looksLikeUuid(id)) return null;
    if (!operations.length) throw new KeyInputError('operations', 'Aucune opération à enregistrer.');
    const key = await this.get(id);
    if (!key) return null;
    await this.db.transaction((manager) => insertOperations(manager, id, operations));
    return this.get(id);
  }

  async operations(id: string): Promise<AllowedOperation[]> {
    if (!looksLikeUuid(id)) return [];
    return (await this.db.query(`SELECT sha256, name, query FROM accounts.api_key_operation WHERE key_id = $1 ORDER BY created_at, name`, [id])) as AllowedOperation[];
  }

  /** The live key whose secret is `secret` (with its allow-list), or null (unknown or revoked). */
  async findActive(secret: string): Promise<ActiveKey | null> {
    const [row] = (await this.db.query(
      `SELECT id, name, origins, rate_per_minute, mode FROM accounts.api_key WHERE secret_hash = $1 AND revoked_at IS NULL`,
      [sha256(secret)],
    )) as Array<Pick<KeyRow, 'id' | 'name' | 'origins' | 'rate_per_minute' | 'mode'>>;
    if (!row) return null;
    const operations = new Map<string, string>();
    if (row.mode === 'allow-list') {
      for (const op of (await this.db.query(`SELECT sha256, query FROM accounts.api_key_operation WHERE key_id = $1`, [row.id])) as AllowedOperation[]) {
        operations.set(op.sha256, op.query);
      }
    }
    return { id: row.id, name: row.name, origins: row.origins, ratePerMinute: row.rate_per_minute, mode: row.mode, operations };
  }

  /**
   * Counts one request with a key, and whether it was refused (in memory until the next flush).
   * `countRequest` false adds a refusal to a request already counted (the allow-list, checked later).
   */
  record(keyId: string, rejected: boolean, at = new Date(), countRequest = true): void {
    const usage = this.pending.get(keyId) ?? { requests: 0, rejections: 0, lastUsedAt: at };
    if (countRequest) usage.requests += 1;
    if (rejected) usage.rejections += 1;
    if (at > usage.lastUsedAt) usage.lastUsedAt = at;
    this.pending.set(keyId, usage);
  }

  /** Writes the counted usage in one statement; a failed write puts the counts back for the next flush. */
  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    const ids = [...batch.keys()];
    const usage = ids.map((id) => batch.get(id)!);
    try {
      await this.db.query(
        `UPDATE accounts.api_key k
            SET request_count = k.request_count + u.requests,
                rejection_count = k.rejection_count + u.rejections,
                last_used_at = greatest(k.last_used_at, u.last_used_at)
           FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::timestamptz[]) AS u(id, requests, rejections, last_used_at)
          WHERE k.id = u.id`,
        [ids, usage.map((u) => u.requests), usage.map((u) => u.rejections), usage.map((u) => u.lastUsedAt.toISOString())],
      );
    } catch (error) {
      for (const [id, u] of batch) {
        const now = this.pending.get(id);
        this.pending.set(id, now ? { requests: now.requests + u.requests, rejections: now.rejections + u.rejections, lastUsedAt: now.lastUsedAt > u.lastUsedAt ? now.lastUsedAt : u.lastUsedAt } : u);
      }
      throw error;
    }
  }
}

async function insertOperations(manager: { query(sql: string, params?: unknown[]): Promise<unknown> }, keyId: string, operations: AllowedOperation[]): Promise<void> {
  await manager.query(
    `INSERT INTO accounts.api_key_operation (key_id, sha256, name, query)
     SELECT $1, o.sha256, o.name, o.query FROM unnest($2::text[], $3::text[], $4::text[]) AS o(sha256, name, query)
     ON CONFLICT (key_id, sha256) DO NOTHING`,
    [keyId, operations.map((o) => o.sha256), operations.map((o) => o.name), operations.map((o) => o.query)],
  );
}
