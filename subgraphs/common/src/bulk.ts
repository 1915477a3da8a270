/**
 * Idempotent bulk upserts: thousands of rows per statement through jsonb_to_recordset, keyed on a
 * natural identifier, touching (and re-dating) only the rows whose content really changed.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { quoteIdent } from './database.js';

export interface UpsertSpec {
  /** Schema-qualified table, e.g. `actors.actor`. */
  table: string;
  /** Unique column(s) the conflict is detected on. */
  key: string[];
  /** Column name → SQL type, in the order they are written. */
  columns: Record<string, string>;
  /** Set `updated_at = now()` on rows that change (the table must have the column). */
  touchUpdatedAt?: boolean;
  batchSize?: number;
  /** Called after each batch with the rows written so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function bulkUpsert(manager: EntityManager, spec: UpsertSpec, rows: ReadonlyArray<object>): Promise<UpsertCounts> {
  const names = Object.keys(spec.columns).map(quoteIdent);
  const definitions = Object.entries(spec.columns).map(([name, type]) => `${quoteIdent(name)} ${type}`);
  const mutable = Object.keys(spec.columns).filter((c) => !spec.key.includes(c) && c !== 'id').map(quoteIdent);
  const target = spec.table.split('.').map(quoteIdent).join('.');
  const sets = [...mutable.map((c) => `${c} = EXCLUDED.${c}`), ...(spec.touchUpdatedAt ? ['updated_at = now()'] : [])];
  const sql = `
    INSERT INTO ${target} (${names.join(', ')})
    SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${definitions.join(', ')})
    ON CONFLICT (${spec.key.map(quoteIdent).join(', ')}) DO UPDATE SET ${sets.join(', ')}
    WHERE (${mutable.map((c) => `${target}.${c}`).join(', ')}) IS DISTINCT FROM (${mutable.map((c) => `EXCLUDED.${c}`).join(', ')})
    RETURNING (xmax = 0) AS inserted`;
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  const size = spec.batchSize ?? 5000;
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    const returned: Array<{ inserted: boolean }> = await manager.query(sql, [JSON.stringify(batch)]);
    const inserted = returned.filter((r) => r.inserted).length;
    counts.inserted += inserted;
    counts.updated += returned.length - inserted;
    counts.unchanged += batch.length - returned.length;
    spec.onProgress?.(start + batch.length, rows.length);
  }
  return counts;
}

/** A stable fingerprint of seed data, so a start re-seeds only when the data changed. */
export function fingerprint(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part));
  return hash.digest('hex').slice(0, 16);
}
