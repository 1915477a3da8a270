/**
 * REST JSON at /alerts for the signed-in owner of each saved search (any signed-in role):
 *   GET    /alerts                 → { alerts: [Alert], emailAvailable }
 *   POST   /alerts { name, subject?, filter, webhookUrl?, email? }
 *                                  → 201 { alert, webhookSecret? }   (the secret is shown this once)
 *   GET    /alerts/:id             → { alert }             (with its last deliveries and attempts)
 *   PATCH  /alerts/:id { name?, email?, webhookUrl? }  → { alert, webhookSecret? }  (a new URL gets a new secret)
 *   DELETE /alerts/:id             → 204
 *   POST   /alerts/:id/test        → 202 { deliveries }    (a sample sent on every channel now)
 *   GET    /alerts/feeds/<token>.atom   the alert's own Atom feed; no sign-in, the token is the secret
 * REST rather than GraphQL, as for /admin/keys: saved searches are the gateway's own per-person state,
 * not part of the federated graph partners introspect, and they must never enter the response cache.
 * Another person's alert answers 404, as one that does not exist. Errors: `{ error: { code, message, field?, fields? } }`.
 */
import { viewerFromAuthorization } from '@ecosystem/common';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { originOf, PublishError } from '../publish/api.js';
import { atomFeed } from '../publish/feeds.js';
import { type Alert, type AlertSubject, type Delivery } from './alerts.store.js';
import { researchNeedPage, SUBJECTS } from './alerts.subjects.js';
import { opportunityPage } from '../publish/records.js';
import { scanAlert, type AlertWorker } from './alerts.worker.js';
import { checkWebhookUrl, newWebhookSecret, WebhookUrlError } from './webhook.js';

type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';
interface FieldError {
  field: string;
  message: string;
}

class InputError extends Error {
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => f.message).join(' '));
  }
}

function fail(res: Response, status: number, code: ErrorCode, message: string, fields?: FieldError[]): void {
  res.status(status).json({ error: { code, message, ...(fields?.length ? { field: fields[0]!.field, fields } : {}) } });
}

const FEED_LIMIT = 100;

export function feedUrl(origin: string, alert: Pick<Alert, 'feedToken'>): string {
  return `${origin}/alerts/feeds/${alert.feedToken}.atom`;
}

function deliveryJson(d: Delivery) {
  return {
    id: d.id,
    channel: d.channel,
    target: d.target,
    test: d.test,
    status: d.status,
    attempts: d.attempts,
    itemCount: d.itemCount,
    nextAttemptAt: d.status === 'pending' ? new Date(d.nextAttemptAt).toISOString() : null,
    lastError: d.lastError,
    createdAt: new Date(d.createdAt).toISOString(),
    finishedAt: d.finishedAt ? new Date(d.finishedAt).toISOString() : null,
    history: d.history.map((a) => ({ ...a, startedAt: new Date(a.startedAt).toISOString() })),
  };
}

function alertJson(alert: Alert, origin: string, deliveries: Delivery[]) {
  return {
    id: alert.id,
    name: alert.name,
    subject: alert.subject,
    filter: alert.filter,
    feedUrl: feedUrl(origin, alert),
    webhookUrl: alert.webhookUrl,
    email: alert.emailTo !== null,
    emailTo: alert.emailTo,
    lastRunAt: alert.lastRunAt ? new Date(alert.lastRunAt).toISOString() : null,
    lastError: alert.lastError,
    createdAt: new Date(alert.createdAt).toISOString(),
    deliveries: deliveries.filter((d) => d.alertId === alert.id).map(deliveryJson),
  };
}

/** The filter's shape, checked against the API's own input names; the values are then judged by the API. */
function checkFilter(subject: AlertSubject, raw: unknown): { filter: Record<string, unknown>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const definition = SUBJECTS[subject];
  if (raw === undefined || raw === null) return { filter: {}, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { filter: {}, errors: [{ field: 'filter', message: `Le filtre doit être un objet ${definition.filterType}. (The filter must be a ${definition.filterType} object.)` }] };
  const filter: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const kind = definition.filter[name];
    if (!kind || kind === 'bbox') {
      errors.push({ field: `filter.${name}`, message: `Critère inconnu « ${name} ». (Unknown ${definition.filterType} field; known: ${Object.keys(definition.filter).filter((k) => definition.filter[k] !== 'bbox').join(', ')}.)` });
    } else if (value === null || value === undefined || value === '') {
      continue;
    } else if (kind === 'list' ? !Array.isArray(value) || !value.every((v) => typeof v === 'string') : typeof value !== 'string') {
      errors.push({ field: `filter.${name}`, message: `Le critère « ${name} » doit être ${kind === 'list' ? 'une liste de textes' : 'un texte'}. (Wrong type.)` });
    } else {
      filter[name] = value;
    }
  }
  const statuses = Array.isArray(filter.statuses) ? (filter.statuses as string[]) : [];
  if (statuses.some((s) => definition.hiddenStatuses.includes(s))) {
    errors.push({ field: 'filter.statuses', message: 'Une alerte ne suit que des fiches publiées, pas les brouillons. (Alerts follow published records only.)' });
  }
  return { filter, errors };
}

function checkName(raw: unknown, errors: FieldError[]): string | undefined {
  if (typeof raw !== 'string' || !raw.trim() || raw.trim().length > 200) {
    errors.push({ field: 'name', message: 'Donnez un nom à l’alerte (200 caractères au plus). (Give the alert a name, 200 characters at most.)' });
    return undefined;
  }
  return raw.trim();
}

export function alertsRouter({ worker, jwtSecret }: { worker: AlertWorker; jwtSecret: string }): Router {
  const store = worker.store;
  const settings = worker.settings;
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('cache-control', 'no-store');
    next();
  });

  // The alert's own feed: no sign-in (feed readers have none), the unguessable token is the capability.
  router.get('/feeds/:file', async (req, res, next) => {
    try {
      const match = /^([A-Za-z0-9_-]{32,})\.atom$/.exec(String(req.params.file));
      const alert = match ? await store.byFeedToken(match[1]!) : null;
      if (!alert) return fail(res, 404, 'NOT_FOUND', 'Flux inconnu ou supprimé. (Unknown or deleted feed.)');
      const items = (await store.feedItems(alert.id, FEED_LIMIT)).map((r) => r.record);
      const origin = originOf(req);
      const feed = atomFeed({
        origin,
        self: feedUrl(origin, alert),
        items,
        title: `Alerte : ${alert.name}`,
        link: (item) => (alert.subject === 'researchNeeds' ? researchNeedPage(origin, item.id) : opportunityPage(origin, item.id)),
      });
      res.set({ 'content-type': feed.contentType, 'cache-control': 'private, max-age=60', 'x-robots-tag': 'noindex', 'x-content-type-options': 'nosniff' });
      res.send(feed.body);
    } catch (error) {
      next(error);
    }
  });

  router.use(async (req, res, next) => {
    const viewer = await viewerFromAuthorization(req.headers.authorization, jwtSecret).catch(() => null);
    if (!viewer || viewer.role === 'anonymous' || !viewer.id) return fail(res, 401, 'UNAUTHENTICATED', 'Connectez-vous pour gérer vos alertes. (Sign in to manage your alerts.)');
    res.locals.ownerId = viewer.id;
    next();
  });
  router.use(express.json({ limit: '64kb' }));

  const owner = (res: Response) => res.locals.ownerId as string;

  /** The owner's account address for e-mail delivery, or an input error saying why not. */
  const emailFor = async (ownerId: string, errors: FieldError[]): Promise<string | null> => {
    if (!worker.emailAvailable) {
      errors.push({ field: 'email', message: 'L’envoi par e-mail n’est pas configuré sur ce serveur. (E-mail delivery is not configured on this server.)' });
      return null;
    }
    const address = await store.accountEmail(ownerId);
    if (!address) errors.push({ field: 'email', message: 'Votre compte n’a pas d’adresse e-mail connue. (Your account has no known e-mail address.)' });
    return address;
  };

  const webhookFor = async (raw: unknown, errors: FieldError[]): Promise<string | null> => {
    if (raw === undefined || raw === null || raw === '') return null;
    if (typeof raw !== 'string') {
      errors.push({ field: 'webhookUrl', message: 'L’URL du webhook doit être un texte. (The webhook URL must be a string.)' });
      return null;
    }
    try {
      return (await checkWebhookUrl(raw.trim(), settings.allowPrivateWebhooks)).toString();
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      errors.push({ field: 'webhookUrl', message: error.message });
      return null;
    }
  };

  router.get('/', async (req, res, next) => {
    try {
      const alerts = await store.list(owner(res));
      const deliveries = await store.deliveries(alerts.map((a) => a.id), 5);
      res.json({ alerts: alerts.map((a) => alertJson(a, originOf(req), deliveries)), emailAvailable: worker.emailAvailable });
    } catch (error) {
      next(error);
    }
  });

  router.post('/', async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const errors: FieldError[] = [];
      const name = checkName(body.name, errors);
      const subject = (body.subject ?? 'opportunities') as AlertSubject;
      const known = Object.prototype.hasOwnProperty.call(SUBJECTS, subject);
      if (!known) errors.push({ field: 'subject', message: `Sujet inconnu : ${String(body.subject)}. (Known subjects: ${Object.keys(SUBJECTS).join(', ')}.)` });
      const { filter, errors: filterErrors } = known ? checkFilter(subject, body.filter) : { filter: {}, errors: [] };
      errors.push(...filterErrors);
      const webhookUrl = await webhookFor(body.webhookUrl, errors);
      if (body.email !== undefined && typeof body.email !== 'boolean') errors.push({ field: 'email', message: '« email » est vrai ou faux. (email is a boolean.)' });
      const emailTo = body.email === true ? await emailFor(owner(res), errors) : null;
      if (errors.length) throw new InputError(errors);
      if ((await store.countByOwner(owner(res))) >= settings.maxAlertsPerOwner) {
        throw new InputError([{ field: 'name', message: `${settings.maxAlertsPerOwner} alertes au plus par personne. (At most ${settings.maxAlertsPerOwner} alerts per person.)` }]);
      }
      // Runs the filter through the API as an anonymous viewer: the API judges its values, and what
      // matches now becomes the baseline (known, not new), so the first delivery holds only news.
      const baseline = await scanAlert(worker.api(), { subject, filter }, settings.publicUrl).catch((error: unknown) => {
        if (error instanceof PublishError && error.code === 'BAD_USER_INPUT') throw new InputError([{ field: 'filter', message: error.message }]);
        throw error;
      });
      const webhookSecret = webhookUrl ? newWebhookSecret() : null;
      const alert = await store.create({ ownerId: owner(res), name: name!, subject, filter, webhookUrl, webhookSecret, emailTo }, baseline);
      res.status(201).json({ alert: alertJson(alert, originOf(req), []), ...(webhookSecret ? { webhookSecret } : {}) });
    } catch (error) {
      next(error);
    }
  });

  const found = async (req: Request, res: Response): Promise<Alert | null> => {
    const alert = await store.get(owner(res), String(req.params.id));
    if (!alert) fail(res, 404, 'NOT_FOUND', 'Aucune de vos alertes n’a cet identifiant. (None of your alerts has this id.)', [{ field: 'id', message: 'Not found.' }]);
    return alert;
  };

  router.get('/:id', async (req, res, next) => {
    try {
      const alert = await found(req, res);
      if (!alert) return;
      res.json({ alert: alertJson(alert, originOf(req), await store.deliveries(alert.id, 20)) });
    } catch (error) {
      next(error);
    }
  });

  router.patch('/:id', async (req, res, next) => {
    try {
      const alert = await found(req, res);
      if (!alert) return;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const errors: FieldError[] = [];
      const changes: Parameters<typeof store.update>[2] = {};
      if (body.name !== undefined) changes.name = checkName(body.name, errors);
      if (body.email !== undefined) {
        if (typeof body.email !== 'boolean') errors.push({ field: 'email', message: '« email » est vrai ou faux. (email is a boolean.)' });
        else changes.emailTo = body.email ? await emailFor(owner(res), errors) : null;
      }
      let webhookSecret: string | null = null;
      if (body.webhookUrl !== undefined) {
        const url = await webhookFor(body.webhookUrl, errors);
        if (url && url === alert.webhookUrl) {
          // The same URL keeps its secret (nothing to re-configure on the receiver).
        } else if (url) {
          webhookSecret = newWebhookSecret();
          changes.webhook = { url, secret: webhookSecret };
        } else if (body.webhookUrl === null || body.webhookUrl === '') {
          changes.webhook = null;
        }
      }
      if (errors.length) throw new InputError(errors);
      const updated = await store.update(owner(res), alert.id, changes);
      if (!updated) return fail(res, 404, 'NOT_FOUND', 'Aucune de vos alertes n’a cet identifiant. (None of your alerts has this id.)');
      res.json({ alert: alertJson(updated, originOf(req), await store.deliveries(alert.id, 20)), ...(webhookSecret ? { webhookSecret } : {}) });
    } catch (error) {
      next(error);
    }
  });

  router.delete('/:id', async (req, res, next) => {
    try {
      if (!(await store.remove(owner(res), String(req.params.id)))) {
        return fail(res, 404, 'NOT_FOUND', 'Aucune de vos alertes n’a cet identifiant. (None of your alerts has this id.)', [{ field: 'id', message: 'Not found.' }]);
      }
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });

  // A sample on every channel, through the same outbox and worker as real deliveries (so what the
  // owner sees succeed or fail is the real path); sent at once, not at the next tick.
  router.post('/:id/test', async (req, res, next) => {
    try {
      const alert = await found(req, res);
      if (!alert) return;
      if (!alert.webhookUrl && !alert.emailTo) {
        throw new InputError([{ field: 'channels', message: 'Cette alerte n’a ni webhook ni e-mail : son flux Atom se lit sans essai. (No webhook nor e-mail to test.)' }]);
      }
      const latest = (await store.feedItems(alert.id, 3)).map((r) => r.record);
      const ids = await store.enqueueTest(alert, latest);
      // Only these: the request does not wait for anyone else's due deliveries.
      await worker.dispatch(ids).catch(() => undefined);
      const sent = await store.deliveries(alert.id, 50);
      res.status(202).json({ deliveries: sent.filter((d) => ids.includes(d.id)).map(deliveryJson) });
    } catch (error) {
      next(error);
    }
  });

  const errors: ErrorRequestHandler = (error, _req, res, _next) => {
    if (error instanceof InputError) return fail(res, 400, 'BAD_USER_INPUT', error.message, error.fields);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return fail(res, 400, 'BAD_USER_INPUT', 'Requête trop volumineuse. (Request too large.)');
    if (type === 'entity.parse.failed') return fail(res, 400, 'BAD_USER_INPUT', 'Le corps de la requête doit être du JSON valide. (The body must be valid JSON.)');
    console.error('[gateway] /alerts failed:', error instanceof Error ? error.message : error);
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne : réessayez plus tard. (Internal error: try again later.)');
  };
  router.use(errors);
  return router;
}
