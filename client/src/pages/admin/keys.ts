/** The gateway's admin API of partner keys (REST JSON at /admin/keys, admin bearer token). */
import { callRestApi } from '../../auth/restApi';

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

const call = <T>(path: string, init?: { method?: string; body?: unknown }) => callRestApi<T>(`/admin/keys${path}`, init);

export const listKeys = () => call<{ keys: PartnerKey[] }>('').then((r) => r.keys);
export const createKey = (input: NewKeyInput) => call<{ key: PartnerKey; secret: string }>('', { method: 'POST', body: input });
export const revokeKey = (id: string) => call<{ key: PartnerKey }>(`/${encodeURIComponent(id)}/revoke`, { method: 'POST' }).then((r) => r.key);

/** One origin per line (or separated by commas or spaces); blanks dropped. */
export function splitOrigins(text: string): string[] {
  return text.split(/[\s,]+/).map((o) => o.trim()).filter(Boolean);
}
