/**
 * The alerts worker, inside the gateway process: detection (what is new for each saved search,
 * enqueued in the outbox in the same transaction) and dispatch (claims due deliveries with
 * FOR UPDATE SKIP LOCKED, sends them, records the attempt and the outcome in that transaction).
 * Several gateways may run it at once: detection takes turns on each alert's row lock and never
 * inserts an item twice; dispatch never hands one delivery to two workers.
 */
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import type { GatewayContext } from '../gateway.js';
import { Api } from '../publish/api.js';
import type { AlertSettings } from './alerts.settings.js';
import { AlertStore, type Alert, type AlertItem, type AlertPayload, type Candidate, type Channel } from './alerts.store.js';
import { SUBJECTS } from './alerts.subjects.js';
import { Mailer } from './mailer.js';
import { sendWebhook } from './webhook.js';

/**
 * How far behind the watermark each run looks again. An item's updatedAt is its transaction's start
 * time, so one that commits after a run started may carry an instant the run already passed; the
 * overlap re-reads such late commits (the seen-items key keeps them from being delivered twice).
 */
export const WATERMARK_OVERLAP_MS = 10 * 60_000;

/** Retry delay after attempt `n` (1-based): exponential, capped, with "equal jitter" (half fixed, half random). */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export interface TickResult {
  /** New items found, all alerts together. */
  found: number;
  /** Deliveries attempted. */
  attempted: number;
}

/** Everything an alert's filter matches, as the public API answers an anonymous viewer. */
export async function scanAlert(api: Api, alert: Pick<Alert, 'subject' | 'filter'>, publicUrl: string): Promise<Candidate[]> {
  return SUBJECTS[alert.subject].scan(api, alert.filter, publicUrl);
}

export class AlertWorker {
  readonly store: AlertStore;
  private readonly mailer: Mailer | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly apollo: ApolloServer<GatewayContext>,
    dataSource: DataSource,
    readonly settings: AlertSettings,
  ) {
    this.store = new AlertStore(dataSource);
    this.mailer = settings.smtpUrl && settings.from ? new Mailer(settings.smtpUrl, settings.from, settings.webhookTimeoutMs) : null;
  }

  /**
   * Another worker on another connection pool, as a second gateway process would run it (its own
   * timer is not started). Tests use it to run two workers against one outbox.
   */
  fork(dataSource: DataSource, settings: Partial<AlertSettings> = {}): AlertWorker {
    return new AlertWorker(this.apollo, dataSource, { ...this.settings, ...settings, intervalMs: 0 });
  }

  get emailAvailable(): boolean {
    return this.mailer !== null;
  }

  /** An anonymous API caller that keeps out of the shared response cache (scans read whole result sets). */
  api(): Api {
    return Api.anonymous(this.apollo).withoutSharedCache();
  }

  /** One round: detect for every alert, then send what is due. */
  async tick(): Promise<TickResult> {
    const found = await this.detect();
    const attempted = await this.dispatch();
    return { found, attempted };
  }

  async detect(): Promise<number> {
    let found = 0;
    // Alerts saved with the same subject and filter share one scan per round: the result depends on
    // nothing else (the watermark is applied per alert afterwards).
    const scans = new Map<string, Promise<Candidate[]>>();
    for (const alert of await this.store.all()) {
      try {
        found += (await this.detectOne(alert, scans)).length;
      } catch (error) {
        await this.store.recordRunError(alert.id, error instanceof Error ? error.message : String(error)).catch(() => undefined);
      }
    }
    return found;
  }

  async detectOne(alert: Alert, scans = new Map<string, Promise<Candidate[]>>()): Promise<AlertItem[]> {
    const key = JSON.stringify([alert.subject, alert.filter]);
    let scan = scans.get(key);
    if (!scan) scans.set(key, (scan = scanAlert(this.api(), alert, this.settings.publicUrl)));
    const matches = await scan;
    const cutoff = new Date(alert.watermark).getTime() - WATERMARK_OVERLAP_MS;
    const candidates = matches.filter((m) => Date.parse(m.updatedAt) > cutoff);
    const observedUntil = matches.reduce<string | null>((max, m) => (max === null || m.updatedAt > max ? m.updatedAt : max), null);
    return this.store.recordMatches(alert.id, candidates, observedUntil);
  }

  /** Sends every due delivery (or only those of `only`), batch after batch. Returns how many were attempted. */
  async dispatch(only?: string[]): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dispatchBatch(only);
      total += n;
      if (n < this.settings.batchSize) return total;
    }
  }

  /**
   * One batch in one transaction: the claimed rows stay locked while they are sent, so a second
   * worker skips them, and a worker that dies mid-send (its connection drops) releases them
   * unchanged: they are sent again, with the same idempotency key.
   */
  async dispatchBatch(only?: string[]): Promise<number> {
    const runner = this.store.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows: Array<{
        id: string; alertId: string; channel: Channel; target: string; payload: AlertPayload; attempts: number; createdAt: Date;
        webhookUrl: string | null; webhookSecret: string | null; emailTo: string | null;
      }> = await runner.query(
        `SELECT d.id, d.alert_id AS "alertId", d.channel, d.target, d.payload, d.attempts, d.created_at AS "createdAt",
                a.webhook_url AS "webhookUrl", a.webhook_secret AS "webhookSecret", a.email_to AS "emailTo"
         FROM accounts.alert_delivery d JOIN accounts.alert a ON a.id = d.alert_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND ($2::uuid[] IS NULL OR d.id = ANY($2::uuid[]))
         ORDER BY d.next_attempt_at, d.id
         LIMIT $1
         FOR UPDATE OF d SKIP LOCKED`,
        [this.settings.batchSize, only ?? null],
      );
      const outcomes = await Promise.all(
        rows.map(async (row) => {
          const startedAt = new Date();
          const result = await this.send(row);
          return { row, startedAt, durationMs: Date.now() - startedAt.getTime(), ...result };
        }),
      );
      for (const { row, startedAt, durationMs, ok, statusCode, error, permanent } of outcomes) {
        const attempt = row.attempts + 1;
        await runner.query(
          `INSERT INTO accounts.alert_attempt (delivery_id, attempt, started_at, duration_ms, ok, status_code, error) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [row.id, attempt, startedAt, durationMs, ok, statusCode, error],
        );
        if (ok) {
          await runner.query(`UPDATE accounts.alert_delivery SET status = 'delivered', attempts = $2, last_error = NULL, finished_at = now() WHERE id = $1`, [row.id, attempt]);
        } else if (attempt >= this.settings.maxAttempts || permanent) {
          await runner.query(`UPDATE accounts.alert_delivery SET status = 'failed', attempts = $2, last_error = $3, finished_at = now() WHERE id = $1`, [row.id, attempt, error]);
        } else {
          const delay = retryDelayMs(attempt, this.settings.retryBaseMs, this.settings.retryMaxMs);
          await runner.query(
            `UPDATE accounts.alert_delivery SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4::double precision / 1000) WHERE id = $1`,
            [row.id, attempt, error, delay],
          );
        }
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  /** `permanent`: the channel is gone on our side, so the delivery fails at once rather than being retried. */
  private async send(row: {
    id: string; channel: Channel; target: string; payload: AlertPayload; createdAt: Date; webhookUrl: string | null; webhookSecret: string | null; emailTo: string | null;
  }): Promise<{ ok: boolean; statusCode: number | null; error: string | null; permanent?: boolean }> {
    if (row.channel === 'webhook') {
      if (!row.webhookSecret || row.webhookUrl !== row.target) return { ok: false, statusCode: null, permanent: true, error: 'The webhook was removed or replaced since this delivery was queued.' };
      const body = JSON.stringify({ id: row.id, createdAt: new Date(row.createdAt).toISOString(), ...row.payload });
      return sendWebhook({
        url: row.target,
        secret: row.webhookSecret,
        body,
        deliveryId: row.id,
        event: row.payload.event,
        timeoutMs: this.settings.webhookTimeoutMs,
        allowPrivate: this.settings.allowPrivateWebhooks,
      });
    }
    if (!this.mailer) return { ok: false, statusCode: null, permanent: true, error: 'E-mail is not configured on this server (SMTP_URL).' };
    if (row.emailTo !== row.target) return { ok: false, statusCode: null, permanent: true, error: 'E-mail delivery was turned off since this delivery was queued.' };
    const result = await this.mailer.send(row.target, row.id, row.payload, this.settings.publicUrl);
    return { ...result, statusCode: null };
  }

  /** Runs tick() every `intervalMs`, one at a time (the next waits for the previous to end). */
  start(): void {
    if (!this.settings.intervalMs || this.timer || this.stopped) return;
    const loop = () => {
      this.timer = setTimeout(() => {
        this.running = this.tick()
          .catch((error: Error) => console.error(`[gateway] alerts: ${error.message}`))
          .finally(() => {
            this.running = null;
            if (!this.stopped) loop();
          });
      }, this.settings.intervalMs);
      this.timer.unref();
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.mailer?.close();
  }
}
