/** The gateway's alerts API (REST JSON at /alerts, the signed-in person's bearer token). */
import { currentAccessToken } from '../../auth/session';
import type { OpportunityFilter } from '../../gql/graphql';

export interface AlertAttempt {
  attempt: number;
  startedAt: string;
  durationMs: number;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface AlertDelivery {
  id: string;
  channel: 'webhook' | 'email';
  target: string;
  test: boolean;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  itemCount: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  history: AlertAttempt[];
}

export interface Alert {
  id: string;
  name: string;
  subject: 'opportunities' | 'researchNeeds';
  filter: Record<string, string | string[]>;
  feedUrl: string;
  webhookUrl: string | null;
  email: boolean;
  emailTo: string | null;
  lastRunAt: string | null;
  lastError: string | null;
  createdAt: string;
  deliveries: AlertDelivery[];
}

export interface NewAlertInput {
  name: string;
  filter: OpportunityFilter;
  webhookUrl?: string;
  email: boolean;
}

/** A refusal of the alerts API: its code, message and, for bad input, the field. */
export class AlertsApiError extends Error {
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
  if (!token) throw new AlertsApiError('UNAUTHENTICATED', 'Session expirée.');
  const response = await fetch(`/alerts${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (response.status === 204) return null as T;
  const payload = (await response.json().catch(() => null)) as { error?: { code: string; message: string; field?: string } } | null;
  if (!response.ok) throw new AlertsApiError(payload?.error?.code ?? 'UNAVAILABLE', payload?.error?.message ?? response.statusText, payload?.error?.field);
  return payload as T;
}

export const listAlerts = () => call<{ alerts: Alert[]; emailAvailable: boolean }>('');
export const createAlert = (input: NewAlertInput) => call<{ alert: Alert; webhookSecret?: string }>('', { method: 'POST', body: { subject: 'opportunities', ...input } });
export const setAlertEmail = (id: string, email: boolean) => call<{ alert: Alert }>(`/${encodeURIComponent(id)}`, { method: 'PATCH', body: { email } });
export const deleteAlert = (id: string) => call<null>(`/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const testAlert = (id: string) => call<{ deliveries: AlertDelivery[] }>(`/${encodeURIComponent(id)}/test`, { method: 'POST' });
