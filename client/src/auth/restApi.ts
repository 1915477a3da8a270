/** The gateway's REST JSON APIs for signed-in people (/alerts, /admin/keys): one way to call them. */
import { currentAccessToken } from './session';

/** A refusal of a REST API: its code, message and, for bad input, the field. */
export class RestApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Calls `url` with the session's bearer token; the JSON answer, null for 204, a RestApiError otherwise. */
export async function callRestApi<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = await currentAccessToken();
  if (!token) throw new RestApiError('UNAUTHENTICATED', 'Session expirée.');
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (response.status === 204) return null as T;
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string; field?: string } } | null;
  if (!response.ok) throw new RestApiError(payload?.error?.code ?? 'UNAVAILABLE', payload?.error?.message ?? response.statusText, payload?.error?.field);
  return payload as T;
}
