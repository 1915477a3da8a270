/**
 * Alerts: saved searches of signed-in people, delivered by their own Atom feed, a signed webhook
 * and e-mail, through a transactional outbox in the `accounts` schema. `router` goes at /alerts;
 * `worker.tick()` runs one round (the gateway starts it every ALERTS_INTERVAL_MS when set).
 */
import type { ApolloServer } from '@apollo/server';
import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { GatewayContext } from '../gateway.js';
import { alertsRouter } from './alerts.routes.js';
import { resolveAlertSettings, type AlertSettings } from './alerts.settings.js';
import { AlertWorker } from './alerts.worker.js';

export * from './alerts.settings.js';
export * from './alerts.store.js';
export { AlertWorker, retryDelayMs, WATERMARK_OVERLAP_MS } from './alerts.worker.js';
export { feedUrl } from './alerts.routes.js';
export { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, EVENT_HEADER, signWebhook, verifyWebhookSignature } from './webhook.js';

export interface Alerts {
  worker: AlertWorker;
  router: Router;
  /** One round of detection and dispatch (what the interval runs). */
  tick: AlertWorker['tick'];
  stop(): Promise<void>;
}

export function createAlerts(options: { apollo: ApolloServer<GatewayContext>; dataSource: DataSource; jwtSecret: string; settings?: Partial<AlertSettings> }): Alerts {
  const worker = new AlertWorker(options.apollo, options.dataSource, resolveAlertSettings(options.settings));
  worker.start();
  return { worker, router: alertsRouter({ worker, jwtSecret: options.jwtSecret }), tick: () => worker.tick(), stop: () => worker.stop() };
}
