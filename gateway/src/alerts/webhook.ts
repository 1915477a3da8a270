/**
 * Signed webhooks. Each POST carries:
 *   Idempotency-Key: <delivery id>          the same on every retry of one delivery
 *   X-Ecosystem-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *   X-Ecosystem-Event: alert.matches | alert.test
 * Receivers recompute the HMAC over the raw bytes, compare in constant time and refuse an old `t`
 * (replays); see verifyWebhookSignature and the README.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

export const SIGNATURE_HEADER = 'x-ecosystem-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const EVENT_HEADER = 'x-ecosystem-event';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signWebhook(secret: string, body: string, at = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
  return `t=${at},v1=${mac}`;
}

/** What a receiver does (exported for the tests and as the reference for the README's snippet). */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined, toleranceSeconds = 300, now = Date.now()): boolean {
  if (!header) return false;
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const at = Number(parts.t);
  if (!Number.isInteger(at) || Math.abs(now / 1000 - at) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${at}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Loopback, private, link-local, CGNAT, multicast and unspecified addresses (IPv4 and IPv6). */
export function isPrivateAddress(address: string): boolean {
  const v4 = isIP(address) === 4 ? address : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  const v6 = address.toLowerCase();
  return v6 === '::' || v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}

export class WebhookUrlError extends Error {}

/**
 * Checks a receiver URL: http(s), no credentials, and (unless allowed) no host that resolves to a
 * private address, so that an alert cannot be used to reach the gateway's own network. Checked at
 * creation and again before each send (DNS may change); a host that re-resolves between this check
 * and the connection is not caught (documented limit).
 */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError('L’adresse du webhook n’est pas une URL valide. (The webhook URL is not a valid URL.)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookUrlError('Le webhook doit être en http(s). (The webhook must be http or https.)');
  if (url.username || url.password) throw new WebhookUrlError('Pas d’identifiants dans l’URL du webhook. (No credentials in the webhook URL.)');
  if (raw.length > 2000) throw new WebhookUrlError('URL trop longue. (URL too long.)');
  if (!allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await lookup(host, { all: true }).then((all) => all.map((a) => a.address), () => {
      throw new WebhookUrlError(`L’hôte ${host} est introuvable. (Unknown host.)`);
    });
    if (addresses.some(isPrivateAddress)) throw new WebhookUrlError('Le webhook doit viser une adresse publique. (The webhook must point to a public address.)');
  }
  return url;
}

export interface WebhookResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export async function sendWebhook(
  options: { url: string; secret: string; body: string; deliveryId: string; event: string; timeoutMs: number; allowPrivate: boolean },
): Promise<WebhookResult> {
  try {
    await checkWebhookUrl(options.url, options.allowPrivate);
    const response = await fetch(options.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'ecosystem-alerts/1',
        [IDEMPOTENCY_HEADER]: options.deliveryId,
        [EVENT_HEADER]: options.event,
        [SIGNATURE_HEADER]: signWebhook(options.secret, options.body),
      },
      body: options.body,
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status, error: null };
    return { ok: false, statusCode: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    const message = error instanceof Error ? (error.name === 'TimeoutError' ? 'timeout' : error.message + (error.cause instanceof Error ? `: ${error.cause.message}` : '')) : String(error);
    return { ok: false, statusCode: null, error: message.slice(0, 500) };
  }
}
