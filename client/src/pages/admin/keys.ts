/** The gateway's admin API of partner keys (REST JSON at /admin/keys, admin bearer token). */
import { currentAccessToken } from '../../auth/session';

export interface PartnerKey {
  id: string;
  name: string;
  prefix: string;
  origins: string[];
  ratePerMinute: number;
  mode: 'open' | 'allow-list';
  requestCount: number;
  rejectionCount: number;
  lastUsedAt: string | null;
  operationCount: number;
  createdBy: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export interface NewKeyInput {
  name: string;
  origins: string[];
  ratePerMinute?: number;
  mode: 'open' | 'allow-list';
  operations?: string;
}

/** A refusal of the admin API: its code, message and, for bad input, the field. */
export class AdminApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = await currentAccessToken();
  if (!token) throw new AdminApiError('UNAUTHENTICATED', 'Session expirée.');
  const response = await fetch(`/admin/keys${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string; field?: string } } | null;
  if (!response.ok) throw new AdminApiError(payload?.error?.code ?? 'UNAVAILABLE', payload?.error?.message ?? response.statusText, payload?.error?.field);
  return payload as T;
}

export const listKeys = () => call<{ keys: PartnerKey[] }>('').then((r) => r.keys);
export const createKey = (input: NewKeyInput) => call<{ key: PartnerKey; secret: string }>('', { method: 'POST', body: input });
export const revokeKey = (id: string) => call<{ key: PartnerKey }>(`/${encodeURIComponent(id)}/revoke`, { method: 'POST' }).then((r) => r.key);

/** One origin per line (or separated by commas or spaces); blanks dropped. */
export function splitOrigins(text: string): string[] {
  return text.split(/[\s,]+/).map((o) => o.trim()).filter(Boolean);
}
