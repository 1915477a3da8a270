/** SQL of the alerts: saved searches, the items each has seen, and the delivery outbox. */
import { looksLikeUuid } from '@ecosystem/common';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { OpportunityRecord } from '../publish/records.js';

export type AlertSubject = 'opportunities' | 'researchNeeds';
export type Channel = 'webhook' | 'email';
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface Alert {
  id: string;
  ownerId: string;
  name: string;
  subject: AlertSubject;
  filter: Record<string, unknown>;
  feedToken: string;
  webhookUrl: string | null;
  /** Only read by the dispatcher; never listed. */
  webhookSecret: string | null;
  emailTo: string | null;
  watermark: Date;
  lastRunAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

/**
 * One matched item as it goes out (and as the feed shows it): the API's record in the shape of the
 * feeds' opportunity record (research needs mapped onto it, see alerts.subjects.ts), plus its page.
 */
export type AlertItem = OpportunityRecord & { type: 'opportunity' | 'researchNeed'; url: string; question?: string; horizon?: string };

export interface AlertPayload {
  event: 'alert.matches' | 'alert.test';
  test: boolean;
  alert: { id: string; name: string; subject: AlertSubject };
  items: AlertItem[];
}

export interface Attempt {
  attempt: number;
  startedAt: Date;
  durationMs: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface Delivery {
  id: string;
  alertId: string;
  channel: Channel;
  target: string;
  test: boolean;
  status: DeliveryStatus;
  attempts: number;
  itemCount: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  history: Attempt[];
}

/** A baseline or candidate item: its id, when it last changed, and what to store of it. */
export interface Candidate {
  id: string;
  updatedAt: string;
  item: AlertItem;
}

const ALERT_COLUMNS = `id, owner_id AS "ownerId", name, subject, filter, feed_token AS "feedToken", webhook_url AS "webhookUrl",
  webhook_secret AS "webhookSecret", email_to AS "emailTo", watermark, last_run_at AS "lastRunAt", last_error AS "lastError",
  created_at AS "createdAt"`;

export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}

export class AlertStore {
  constructor(readonly dataSource: DataSource) {}

  async countByOwner(ownerId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM accounts.alert WHERE owner_id = $1`, [ownerId]);
    return row.n as number;
  }

  /** The alert and its baseline (what matches now is known, not new) in one transaction. */
  async create(
    input: { ownerId: string; name: string; subject: AlertSubject; filter: Record<string, unknown>; webhookUrl: string | null; webhookSecret: string | null; emailTo: string | null },
    baseline: Array<{ id: string; updatedAt: string }>,
  ): Promise<Alert> {
    return this.dataSource.transaction(async (manager) => {
      const [alert] = await manager.query(
        `INSERT INTO accounts.alert (owner_id, name, subject, filter, feed_token, webhook_url, webhook_secret, email_to, watermark)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) RETURNING ${ALERT_COLUMNS}`,
        [input.ownerId, input.name, input.subject, JSON.stringify(input.filter), newFeedToken(), input.webhookUrl, input.webhookSecret, input.emailTo],
      );
      if (baseline.length) {
        await manager.query(
          `INSERT INTO accounts.alert_item (alert_id, item_id, baseline, item_updated_at)
           SELECT $1, b.id, true, b.updated_at FROM unnest($2::text[], $3::timestamptz[]) AS b(id, updated_at)
           ON CONFLICT DO NOTHING`,
          [alert.id, baseline.map((b) => b.id), baseline.map((b) => b.updatedAt)],
        );
      }
      return alert as Alert;
    });
  }

  /** The address of the owner's account (local or OIDC), null when the subject has no enabled account. */
  async accountEmail(ownerId: string): Promise<string | null> {
    if (!looksLikeUuid(ownerId)) return null;
    const [row] = await this.dataSource.query(`SELECT email FROM accounts."user" WHERE id = $1 AND disabled_at IS NULL`, [ownerId]);
    return (row?.email as string | undefined) ?? null;
  }

  async list(ownerId: string): Promise<Alert[]> {
    return this.dataSource.query(`SELECT ${ALERT_COLUMNS} FROM accounts.alert WHERE owner_id = $1 ORDER BY created_at, id`, [ownerId]);
  }

  /** Every alert, for the worker (small rows; the filters are what it needs). */
  async all(): Promise<Alert[]> {
    return this.dataSource.query(`SELECT ${ALERT_COLUMNS} FROM accounts.alert ORDER BY last_run_at NULLS FIRST, id`);
  }

  async get(ownerId: string, id: string): Promise<Alert | null> {
    if (!looksLikeUuid(id)) return null;
    const [row] = await this.dataSource.query(`SELECT ${ALERT_COLUMNS} FROM accounts.alert WHERE id = $1 AND owner_id = $2`, [id, ownerId]);
    return (row as Alert | undefined) ?? null;
  }

  async byFeedToken(token: string): Promise<Alert | null> {
    const [row] = await this.dataSource.query(`SELECT ${ALERT_COLUMNS} FROM accounts.alert WHERE feed_token = $1`, [token]);
    return (row as Alert | undefined) ?? null;
  }

  async update(ownerId: string, id: string, changes: { name?: string; emailTo?: string | null; webhook?: { url: string; secret: string } | null }): Promise<Alert | null> {
    if (!looksLikeUuid(id)) return null;
    const sets: string[] = [];
    const values: unknown[] = [id, ownerId];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    if (changes.name !== undefined) set('name', changes.name);
    if (changes.emailTo !== undefined) set('email_to', changes.emailTo);
    if (changes.webhook !== undefined) {
      set('webhook_url', changes.webhook?.url ?? null);
      set('webhook_secret', changes.webhook?.secret ?? null);
    }
    if (!sets.length) return this.get(ownerId, id);
    const [rows] = await this.dataSource.query(`UPDATE accounts.alert SET ${sets.join(', ')} WHERE id = $1 AND owner_id = $2 RETURNING ${ALERT_COLUMNS}`, values);
    return (rows?.[0] as Alert | undefined) ?? null;
  }

  async remove(ownerId: string, id: string): Promise<boolean> {
    if (!looksLikeUuid(id)) return false;
    const [, count] = await this.dataSource.query(`DELETE FROM accounts.alert WHERE id = $1 AND owner_id = $2`, [id, ownerId]);
    return count > 0;
  }

  /**
   * Detection's write half, in one transaction: lock the alert (two workers detecting at once take
   * turns), insert the candidates it has not seen (the primary key makes a second insert a no-op),
   * enqueue one delivery per channel for the new ones, advance the watermark. A crash anywhere
   * before COMMIT leaves nothing, so the next run finds the same items again; after COMMIT, the
   * deliveries are in the outbox. Returns the new items.
   */
  async recordMatches(alertId: string, candidates: Candidate[], observedUntil: string | null): Promise<AlertItem[]> {
    return this.dataSource.transaction(async (manager) => {
      const [alert] = (await manager.query(`SELECT ${ALERT_COLUMNS} FROM accounts.alert WHERE id = $1 FOR UPDATE`, [alertId])) as Alert[];
      if (!alert) return [];
      let fresh: AlertItem[] = [];
      if (candidates.length) {
        const inserted: Array<{ id: string }> = await manager.query(
          `INSERT INTO accounts.alert_item (alert_id, item_id, baseline, item_updated_at, record)
           SELECT $1, c.id, false, c.updated_at, c.record FROM unnest($2::text[], $3::timestamptz[], $4::jsonb[]) AS c(id, updated_at, record)
           ON CONFLICT DO NOTHING RETURNING item_id AS id`,
          [alertId, candidates.map((c) => c.id), candidates.map((c) => c.updatedAt), candidates.map((c) => JSON.stringify(c.item))],
        );
        const ids = new Set(inserted.map((r) => r.id));
        fresh = candidates.filter((c) => ids.has(c.id)).map((c) => c.item);
      }
      if (fresh.length) await enqueue(manager, alert, fresh, false);
      await manager.query(
        `UPDATE accounts.alert SET watermark = GREATEST(watermark, COALESCE($2::timestamptz, watermark)), last_run_at = now(), last_error = NULL WHERE id = $1`,
        [alertId, observedUntil],
      );
      return fresh;
    });
  }

  async recordRunError(alertId: string, message: string): Promise<void> {
    await this.dataSource.query(`UPDATE accounts.alert SET last_run_at = now(), last_error = $2 WHERE id = $1`, [alertId, message.slice(0, 500)]);
  }

  /** A test delivery on every channel of the alert, with the given sample items. */
  /** Queues test deliveries of `items`: their ids. */
  async enqueueTest(alert: Alert, items: AlertItem[]): Promise<string[]> {
    return this.dataSource.transaction((manager) => enqueue(manager, alert, items, true));
  }

  /** The newest items of an alert's feed (never the baseline). */
  async feedItems(alertId: string, limit: number): Promise<Array<{ record: AlertItem; foundAt: Date }>> {
    return this.dataSource.query(
      `SELECT record, found_at AS "foundAt" FROM accounts.alert_item WHERE alert_id = $1 AND NOT baseline ORDER BY found_at DESC, item_id LIMIT $2`,
      [alertId, limit],
    );
  }

  /** The newest deliveries of some alerts with their attempts: two statements whatever the count. */
  async deliveries(alertIds: string | string[], perAlert = 10): Promise<Delivery[]> {
    const ids = Array.isArray(alertIds) ? alertIds : [alertIds];
    if (!ids.length) return [];
    const rows: Delivery[] = await this.dataSource.query(
      `SELECT id, "alertId", channel, target, test, status, attempts, "itemCount", "nextAttemptAt", "lastError", "createdAt", "finishedAt" FROM (
         SELECT id, alert_id AS "alertId", channel, target, test, status, attempts, jsonb_array_length(payload->'items') AS "itemCount",
                next_attempt_at AS "nextAttemptAt", last_error AS "lastError", created_at AS "createdAt", finished_at AS "finishedAt",
                row_number() OVER (PARTITION BY alert_id ORDER BY created_at DESC, id) AS n
         FROM accounts.alert_delivery WHERE alert_id = ANY($1::uuid[])
       ) d WHERE n <= $2 ORDER BY "createdAt" DESC, id`,
      [ids, perAlert],
    );
    const attempts: Array<Attempt & { deliveryId: string }> = rows.length
      ? await this.dataSource.query(
          `SELECT delivery_id AS "deliveryId", attempt, started_at AS "startedAt", duration_ms AS "durationMs", ok, status_code AS "statusCode", error
           FROM accounts.alert_attempt WHERE delivery_id = ANY($1::uuid[]) ORDER BY attempt`,
          [rows.map((r) => r.id)],
        )
      : [];
    return rows.map((r) => ({ ...r, history: attempts.filter((a) => a.deliveryId === r.id).map(({ deliveryId: _, ...a }) => a) }));
  }
}

async function enqueue(manager: EntityManager, alert: Alert, items: AlertItem[], test: boolean): Promise<string[]> {
  const payload: AlertPayload = {
    event: test ? 'alert.test' : 'alert.matches',
    test,
    alert: { id: alert.id, name: alert.name, subject: alert.subject },
    items,
  };
  const targets: Array<[Channel, string]> = [];
  if (alert.webhookUrl) targets.push(['webhook', alert.webhookUrl]);
  if (alert.emailTo) targets.push(['email', alert.emailTo]);
  const ids: string[] = [];
  for (const [channel, target] of targets) {
    const [row] = await manager.query(
      `INSERT INTO accounts.alert_delivery (alert_id, channel, target, payload, test) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [alert.id, channel, target, JSON.stringify(payload), test],
    );
    ids.push(row.id);
  }
  return ids;
}

