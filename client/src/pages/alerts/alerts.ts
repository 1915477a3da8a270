/** The gateway's alerts API (REST JSON at /alerts, the signed-in person's bearer token). */
import { callRestApi } from '../../auth/restApi';
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

const call = <T>(path: string, init?: { method?: string; body?: unknown }) => callRestApi<T>(`/alerts${path}`, init);

export const listAlerts = () => call<{ alerts: Alert[]; emailAvailable: boolean }>('');
export const createAlert = (input: NewAlertInput) => call<{ alert: Alert; webhookSecret?: string }>('', { method: 'POST', body: { subject: 'opportunities', ...input } });
export const setAlertEmail = (id: string, email: boolean) => call<{ alert: Alert }>(`/${encodeURIComponent(id)}`, { method: 'PATCH', body: { email } });
export const deleteAlert = (id: string) => call<null>(`/${encodeURIComponent(id)}`, { method: 'DELETE' });
export const testAlert = (id: string) => call<{ deliveries: AlertDelivery[] }>(`/${encodeURIComponent(id)}/test`, { method: 'POST' });
