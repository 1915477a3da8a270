/** Settings of the alerts (saved searches and their deliveries), read from the environment. */
import { envInt, envOptional, withDefaults } from '@ecosystem/common';

export interface AlertSettings {
  /** How often the worker looks for new matches and sends what is due; 0 or absent: not started (tests call tick()). */
  intervalMs: number;
  /** Attempts of one delivery before it is marked failed (ALERTS_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** First retry delay; doubles per attempt, with jitter (ALERTS_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Longest retry delay (ALERTS_RETRY_MAX_MS). */
  retryMaxMs: number;
  /** How long a webhook receiver may take to answer (ALERTS_WEBHOOK_TIMEOUT_MS). */
  webhookTimeoutMs: number;
  /** Webhooks to loopback or private addresses; off in production (ALERTS_ALLOW_PRIVATE_WEBHOOKS), on in tests. */
  allowPrivateWebhooks: boolean;
  /** smtp:// or smtps:// URL; e-mail delivery is offered only when set (SMTP_URL). */
  smtpUrl?: string;
  /** Sender address of alert e-mails (ALERTS_FROM), required with SMTP_URL. */
  from?: string;
  /** The product's public origin, for links in webhooks and e-mails (PUBLIC_URL). */
  publicUrl: string;
  /** Deliveries claimed per batch. */
  batchSize: number;
  /** Most alerts one person may keep. */
  maxAlertsPerOwner: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  intervalMs: 0,
  maxAttempts: 8,
  retryBaseMs: 30_000,
  retryMaxMs: 6 * 3600_000,
  webhookTimeoutMs: 10_000,
  allowPrivateWebhooks: false,
  publicUrl: 'http://localhost:4000',
  batchSize: 20,
  maxAlertsPerOwner: 50,
};

export function resolveAlertSettings(settings: Partial<AlertSettings> = {}): AlertSettings {
  const resolved = withDefaults(DEFAULT_ALERT_SETTINGS as AlertSettings, settings);
  if (resolved.smtpUrl && !resolved.from) throw new Error('SMTP_URL is set but ALERTS_FROM is not: say which address alert e-mails come from.');
  if (resolved.smtpUrl && !/^smtps?:\/\//.test(resolved.smtpUrl)) throw new Error('SMTP_URL must start with smtp:// or smtps://.');
  if (resolved.maxAttempts < 1) throw new Error('ALERTS_MAX_ATTEMPTS must be at least 1.');
  return resolved;
}

/** The environment's settings (the product runs the worker every minute by default). */
export function readAlertSettings(port: number): Partial<AlertSettings> {
  return {
    intervalMs: envInt('ALERTS_INTERVAL_MS', 60_000),
    maxAttempts: envInt('ALERTS_MAX_ATTEMPTS', DEFAULT_ALERT_SETTINGS.maxAttempts),
    retryBaseMs: envInt('ALERTS_RETRY_BASE_MS', DEFAULT_ALERT_SETTINGS.retryBaseMs),
    retryMaxMs: envInt('ALERTS_RETRY_MAX_MS', DEFAULT_ALERT_SETTINGS.retryMaxMs),
    webhookTimeoutMs: envInt('ALERTS_WEBHOOK_TIMEOUT_MS', DEFAULT_ALERT_SETTINGS.webhookTimeoutMs),
    allowPrivateWebhooks: envOptional('ALERTS_ALLOW_PRIVATE_WEBHOOKS') === 'true',
    smtpUrl: envOptional('SMTP_URL'),
    from: envOptional('ALERTS_FROM'),
    publicUrl: (envOptional('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, ''),
  };
}
