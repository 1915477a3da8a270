/**
 * Alerts (alerts/): a saved search's own Atom feed after opportunities are created through the API,
 * signed webhooks with retries, backoff and failure, e-mail through a local SMTP sink, and only the
 * owner seeing or deleting an alert. (Exactly-once across a crash: alerts-outbox.test.ts.)
 */
import { stableId } from '@ecosystem/common';
import { XMLParser } from 'fast-xml-parser';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink.js';
import { startStack, type Stack } from '../testing/stack.js';
import { startReceiver } from '../testing/webhook-receiver.js';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verifyWebhookSignature } from './webhook.js';

const PARIS = stableId('commune:75056');
const PUBLIC_URL = 'https://ecosysteme.test';
const RETRY_BASE_MS = 200;

let stack: Stack;
let sink: SmtpSink;
let editor: string;
let alice: { id: string; token: string; email: string };
let bob: { id: string; token: string };

async function rest(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${stack.origin}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function createOpportunity(input: Record<string, unknown>): Promise<string> {
  const result = await stack.query(
    `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
    { input: { kind: 'INTERNSHIP', description: 'Une opportunité pour tester les alertes.', hostId: PARIS, territory: { communeCode: '75056' }, deadline: '2031-06-30', ...input } },
    editor,
  );
  expect(result.errors).toBeUndefined();
  return result.data.createOpportunity.id;
}

async function feedIds(feedUrl: string): Promise<string[]> {
  const response = await fetch(feedUrl);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/atom\+xml/);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(await response.text()).feed;
  return ((feed.entry ?? []) as Array<{ id: string }>).map((e) => e.id.replace(/^urn:uuid:/, ''));
}

/** Ticks until `done` holds (the worker sends only what is due, so retries need a few rounds). */
async function tickUntil(done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await stack.gateway.alerts.tick();
    if (await done()) return;
    if (Date.now() > until) throw new Error('timed out waiting for the alerts worker');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  sink = await startSmtpSink();
  stack = await startStack({
    gateway: {
      alerts: { allowPrivateWebhooks: true, retryBaseMs: RETRY_BASE_MS, retryMaxMs: 5_000, maxAttempts: 3, smtpUrl: sink.url, from: 'alertes@ecosysteme.test', publicUrl: PUBLIC_URL },
    },
  });
  editor = await stack.token('editor', undefined, ['departement:75']);
  const a = await stack.createUser({ email: 'alice.alertes@example.fr', name: 'Alice Alertes', role: 'member', password: 'correct horse battery staple' });
  alice = { id: a.id, email: 'alice.alertes@example.fr', token: await stack.token('member', a.id) };
  const b = await stack.createUser({ email: 'bob.alertes@example.fr', name: 'Bob Alertes', role: 'member', password: 'correct horse battery staple' });
  bob = { id: b.id, token: await stack.token('member', b.id) };
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  await sink?.close();
});

describe('the Atom feed of an alert', () => {
  it('lists the new matching opportunities only, once each', async () => {
    const before = await createOpportunity({ title: 'Stage déjà publié (veille-flux)', themes: ['veille-flux'] });
    const created = await rest('POST', '/alerts', alice.token, { name: 'Stages veille-flux', filter: { kinds: ['INTERNSHIP'], themes: ['veille-flux'] } });
    expect(created.status).toBe(201);
    expect(created.body.webhookSecret).toBeUndefined();
    const { feedUrl } = created.body.alert;
    expect(feedUrl).toMatch(new RegExp(`^${stack.origin}/alerts/feeds/[A-Za-z0-9_-]{32,}\\.atom$`));
    // What matched when the alert was made is known, not new — even after it is edited.
    await stack.gateway.alerts.tick();
    expect(await feedIds(feedUrl)).toEqual([]);
    const edited = await stack.query(`mutation($id: ID!) { updateOpportunity(id: $id, input: { title: "Stage déjà publié, modifié (veille-flux)" }) { id } }`, { id: before }, editor);
    expect(edited.errors).toBeUndefined();

    const matching = await createOpportunity({ title: 'Stage nouveau (veille-flux)', themes: ['veille-flux'] });
    await createOpportunity({ kind: 'JOB', title: 'Emploi, pas un stage (veille-flux)', themes: ['veille-flux'] });
    await createOpportunity({ title: 'Stage sur un autre thème', themes: ['autre-theme-flux'] });
    const first = await stack.gateway.alerts.tick();
    expect(first.found).toBe(1);
    expect(await feedIds(feedUrl)).toEqual([matching]);
    const body = await (await fetch(feedUrl)).text();
    expect(body).toContain('<title>Alerte : Stages veille-flux</title>');
    expect(body).toContain(`/opportunites/${matching}`);

    // A second round finds nothing new; an edit of a delivered item is not news either.
    await stack.query(`mutation($id: ID!) { updateOpportunity(id: $id, input: { title: "Stage nouveau, modifié (veille-flux)" }) { id } }`, { id: matching }, editor);
    expect((await stack.gateway.alerts.tick()).found).toBe(0);
    expect(await feedIds(feedUrl)).toEqual([matching]);
    expect((await fetch(`${stack.origin}/alerts/feeds/${'x'.repeat(40)}.atom`)).status).toBe(404);
  });
});

describe('an alert on research needs', () => {
  it('delivers new needs of its filter to its feed', async () => {
    const created = await rest('POST', '/alerts', alice.token, { name: 'Besoins veille-besoins', subject: 'researchNeeds', filter: { themes: ['veille-besoins'] } });
    expect(created.status).toBe(201);
    expect(created.body.alert.subject).toBe('researchNeeds');
    const publish = async (title: string, theme: string) => {
      const result = await stack.query(
        `mutation($input: PublishResearchNeedInput!) { publishResearchNeed(input: $input) { id } }`,
        { input: { title, question: `${title} : quelle question de recherche ?`, themes: [theme], territory: { communeCode: '75056' }, requesterId: PARIS, horizon: 'MEDIUM_TERM' } },
        editor,
      );
      expect(result.errors).toBeUndefined();
      return result.data.publishResearchNeed.id as string;
    };
    const need = await publish('Mesurer la fraîcheur des cours d’école', 'veille-besoins');
    await publish('Un besoin sur un autre thème', 'autre-theme-besoins');
    expect((await stack.gateway.alerts.tick()).found).toBe(1);
    expect(await feedIds(created.body.alert.feedUrl)).toEqual([need]);
    const body = await (await fetch(created.body.alert.feedUrl)).text();
    expect(body).toContain('Besoin de recherche');
    expect(body).toContain(`href="${stack.origin}/besoins/${need}"`);
    const wrong = await rest('POST', '/alerts', alice.token, { name: 'x', subject: 'researchNeeds', filter: { kinds: ['CIFRE'] } });
    expect([wrong.status, wrong.body.error.field]).toEqual([400, 'filter.kinds']);
    const unknown = await rest('POST', '/alerts', alice.token, { name: 'x', subject: 'actors', filter: {} });
    expect([unknown.status, unknown.body.error.field]).toEqual([400, 'subject']);
  });
});

describe('who sees an alert', () => {
  it('is its owner only; bad filters are refused with their field', async () => {
    expect((await rest('GET', '/alerts')).status).toBe(401);
    expect((await rest('POST', '/alerts', undefined, { name: 'x', filter: {} })).body.error.code).toBe('UNAUTHENTICATED');
    const mine = await rest('POST', '/alerts', alice.token, { name: 'CIFRE en Île-de-France', filter: { kinds: ['CIFRE'], regionCode: '11' } });
    expect(mine.status).toBe(201);
    const id = mine.body.alert.id as string;

    const theirs = await rest('GET', '/alerts', bob.token);
    expect(theirs.status).toBe(200);
    expect(theirs.body.alerts.map((a: { id: string }) => a.id)).not.toContain(id);
    for (const [method, path] of [['GET', `/alerts/${id}`], ['PATCH', `/alerts/${id}`], ['DELETE', `/alerts/${id}`], ['POST', `/alerts/${id}/test`]] as const) {
      const answer = await rest(method, path, bob.token, method === 'PATCH' ? { name: 'volée' } : undefined);
      expect([method, path, answer.status, answer.body.error.code]).toEqual([method, path, 404, 'NOT_FOUND']);
    }
    expect((await rest('GET', `/alerts/${id}`, alice.token)).body.alert.name).toBe('CIFRE en Île-de-France');
    expect((await rest('GET', '/alerts', alice.token)).body.alerts.map((a: { id: string }) => a.id)).toContain(id);

    const unknownField = await rest('POST', '/alerts', alice.token, { name: 'x', filter: { kind: ['CIFRE'] } });
    expect([unknownField.status, unknownField.body.error.code, unknownField.body.error.field]).toEqual([400, 'BAD_USER_INPUT', 'filter.kind']);
    const badValue = await rest('POST', '/alerts', alice.token, { name: 'x', filter: { kinds: ['NOT_A_KIND'] } });
    expect([badValue.status, badValue.body.error.code, badValue.body.error.field]).toEqual([400, 'BAD_USER_INPUT', 'filter']);
    const drafts = await rest('POST', '/alerts', alice.token, { name: 'x', filter: { statuses: ['DRAFT'] } });
    expect([drafts.status, drafts.body.error.field]).toEqual([400, 'filter.statuses']);
    const several = await rest('POST', '/alerts', alice.token, { name: ' ', webhookUrl: 'ftp://example.fr/hook', filter: {} });
    expect(several.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['name', 'webhookUrl']);
    // A token whose subject has no account has no address to write to.
    const noAccount = await rest('POST', '/alerts', await stack.token('member', 'not-an-account'), { name: 'x', email: true, filter: {} });
    expect([noAccount.status, noAccount.body.error.field]).toEqual([400, 'email']);
    const count = (await rest('GET', '/alerts', alice.token)).body.alerts.length;

    expect((await rest('DELETE', `/alerts/${id}`, alice.token)).status).toBe(204);
    expect((await rest('GET', `/alerts/${id}`, alice.token)).status).toBe(404);
    expect((await rest('GET', '/alerts', alice.token)).body.alerts).toHaveLength(count - 1);
    expect((await fetch(mine.body.alert.feedUrl)).status).toBe(404);
  });
});

describe('webhooks', () => {
  it('are signed, and retried with growing delays after failures, with one idempotency key', async () => {
    const receiver = await startReceiver((_r, index) => (index < 2 ? 500 : 204));
    try {
      const created = await rest('POST', '/alerts', alice.token, { name: 'Chaires webhook', webhookUrl: receiver.url, filter: { kinds: ['CHAIR'], themes: ['veille-webhook'] } });
      expect(created.status).toBe(201);
      const secret = created.body.webhookSecret as string;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
      const listed = JSON.stringify((await rest('GET', '/alerts', alice.token)).body);
      expect(listed).not.toContain(secret);

      const id = await createOpportunity({ kind: 'CHAIR', title: 'Chaire (veille-webhook)', themes: ['veille-webhook'] });
      await tickUntil(async () => receiver.received.length >= 3);
      expect(receiver.received).toHaveLength(3);
      const keys = new Set(receiver.received.map((r) => r.headers[IDEMPOTENCY_HEADER]));
      expect(keys.size).toBe(1);
      for (const request of receiver.received) {
        const signature = request.headers[SIGNATURE_HEADER] as string;
        expect(verifyWebhookSignature(secret, request.body, signature)).toBe(true);
        expect(verifyWebhookSignature('whsec_wrong', request.body, signature)).toBe(false);
        expect(verifyWebhookSignature(secret, request.body.replace('veille-webhook', 'veille-webhooK'), signature)).toBe(false);
        expect(request.headers['x-ecosystem-event']).toBe('alert.matches');
      }
      const payload = JSON.parse(receiver.received[0]!.body);
      expect(payload.id).toBe([...keys][0]);
      expect(payload.items.map((i: { id: string; url: string }) => [i.id, i.url])).toEqual([[id, `${PUBLIC_URL}/opportunites/${id}`]]);
      expect(receiver.received.map((r) => r.body)).toEqual(Array(3).fill(receiver.received[0]!.body));
      // Equal jitter: the n-th retry waits at least half of base × 2^(n-1).
      const [a, b, c] = receiver.received.map((r) => r.at) as [number, number, number];
      expect(b - a).toBeGreaterThanOrEqual(RETRY_BASE_MS / 2);
      expect(c - b).toBeGreaterThanOrEqual(RETRY_BASE_MS);

      const alert = (await rest('GET', `/alerts/${created.body.alert.id}`, alice.token)).body.alert;
      expect(alert.deliveries).toHaveLength(1);
      const [delivery] = alert.deliveries;
      expect([delivery.id, delivery.status, delivery.attempts, delivery.itemCount]).toEqual([[...keys][0], 'delivered', 3, 1]);
      expect(delivery.history.map((h: { ok: boolean; statusCode: number }) => [h.ok, h.statusCode])).toEqual([[false, 500], [false, 500], [true, 204]]);
      await stack.gateway.alerts.tick();
      expect(receiver.received).toHaveLength(3);
    } finally {
      await receiver.close();
    }
  });

  it('are marked failed after the last attempt, visibly to the owner', async () => {
    const receiver = await startReceiver(() => 503);
    try {
      const created = await rest('POST', '/alerts', alice.token, { name: 'Détachements webhook', webhookUrl: receiver.url, filter: { themes: ['veille-echec'] } });
      await createOpportunity({ kind: 'DETACHMENT', title: 'Détachement (veille-echec)', themes: ['veille-echec'] });
      const status = async () => (await rest('GET', '/alerts', alice.token)).body.alerts.find((a: { id: string }) => a.id === created.body.alert.id).deliveries[0]?.status;
      await tickUntil(async () => (await status()) === 'failed');
      expect(receiver.received).toHaveLength(3);
      const [delivery] = (await rest('GET', `/alerts/${created.body.alert.id}`, alice.token)).body.alert.deliveries;
      expect([delivery.status, delivery.attempts, delivery.lastError, delivery.nextAttemptAt]).toEqual(['failed', 3, 'HTTP 503', null]);
      await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * 4));
      await stack.gateway.alerts.tick();
      expect(receiver.received).toHaveLength(3);
    } finally {
      await receiver.close();
    }
  });

  it('refuse private addresses unless allowed', async () => {
    const { checkWebhookUrl } = await import('./webhook.js');
    await expect(checkWebhookUrl('http://127.0.0.1:9/hook', false)).rejects.toThrow(/adresse publique/);
    await expect(checkWebhookUrl('http://[::1]/hook', false)).rejects.toThrow(/adresse publique/);
    await expect(checkWebhookUrl('http://10.1.2.3/hook', false)).rejects.toThrow(/adresse publique/);
    await expect(checkWebhookUrl('http://93.184.215.14/hook', false)).resolves.toBeInstanceOf(URL);
    await expect(checkWebhookUrl('http://127.0.0.1:9/hook', true)).resolves.toBeInstanceOf(URL);
  });
});

describe('e-mail', () => {
  it('goes to the owner’s account address through SMTP, the delivery id as Message-ID, and test-sends', async () => {
    const created = await rest('POST', '/alerts', alice.token, { name: 'Appels à projets e-mail', email: true, filter: { kinds: ['CALL_FOR_PROJECTS'], themes: ['veille-courriel'] } });
    expect(created.status).toBe(201);
    expect([created.body.alert.email, created.body.alert.emailTo]).toEqual([true, alice.email]);
    const title = 'Appel à projets « territoires » (veille-courriel)';
    const id = await createOpportunity({ kind: 'CALL_FOR_PROJECTS', title, themes: ['veille-courriel'] });
    const before = sink.messages.length;
    sink.failNext(1);
    await tickUntil(async () => sink.messages.length > before);
    const mail = sink.messages.at(-1)!;
    expect(mail.to).toEqual([alice.email]);
    expect(mail.from).toBe('alertes@ecosysteme.test');
    const [delivery] = (await rest('GET', `/alerts/${created.body.alert.id}`, alice.token)).body.alert.deliveries;
    expect([delivery.channel, delivery.status, delivery.attempts]).toEqual(['email', 'delivered', 2]);
    expect(mail.header('message-id')).toBe(`<${delivery.id}@ecosysteme.test>`);
    expect(mail.header('subject')).toMatch(/Appels|=\?UTF-8\?/i);
    const text = Buffer.from(mail.raw).toString('utf8');
    expect(decodeQuotedPrintable(text)).toContain(`${PUBLIC_URL}/opportunites/${id}`);

    const tested = await rest('POST', `/alerts/${created.body.alert.id}/test`, alice.token);
    expect(tested.status).toBe(202);
    expect(tested.body.deliveries.map((d: { channel: string; status: string; test: boolean }) => [d.channel, d.status, d.test])).toEqual([['email', 'delivered', true]]);
    expect(sink.messages.at(-1)!.header('message-id')).toBe(`<${tested.body.deliveries[0].id}@ecosysteme.test>`);

    // Turned off: no more e-mail for this alert.
    const off = await rest('PATCH', `/alerts/${created.body.alert.id}`, alice.token, { email: false });
    expect([off.status, off.body.alert.email]).toEqual([200, false]);
    const count = sink.messages.length;
    await createOpportunity({ kind: 'CALL_FOR_PROJECTS', title: 'Un autre appel (veille-courriel)', themes: ['veille-courriel'] });
    await stack.gateway.alerts.tick();
    expect(sink.messages.length).toBe(count);
  });
});

/** Enough of RFC 2045 quoted-printable to read a body back. */
function decodeQuotedPrintable(text: string): string {
  return Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}
