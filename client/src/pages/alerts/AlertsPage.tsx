/**
 * "Mes alertes" (/alertes): the signed-in person's saved searches — each with its Atom feed address
 * to copy, its webhook, the e-mail toggle, the last deliveries and failures, a test send and
 * deletion — and /alertes/nouvelle?<board filters>, which saves the opportunities board's current
 * filters as a new alert (the webhook secret is shown there once).
 */
import { RestApiError } from '../../auth/restApi';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, Route, Routes, useLocation, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { formatDateTime, useLanguage, useMessages, type Language } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, label } from '../../ui/labels';
import { Loading } from '../../ui/states';
import { NotFoundPage } from '../NotFoundPage';
import { boardFiltersToParams, parseBoardFilters, toOpportunityFilter } from '../opportunities/filters';
import { createAlert, deleteAlert, listAlerts, setAlertEmail, testAlert, type Alert, type AlertDelivery } from './alerts';
import { ALERTS } from './messages';
import './alerts.css';

export function AlertsPage() {
  const t = useMessages(ALERTS);
  const { user, ready } = useSession();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <div className="alerts-page">
        <h1>{t.signInNeeded}</h1>
        <p><Link className="button" to={`/connexion?retour=${encodeURIComponent(`${location.pathname}${location.search}`)}`}>{t.signIn}</Link></p>
      </div>
    );
  }
  return (
    <div className="alerts-page">
      <Routes>
        <Route index element={<AlertsList />} />
        <Route path="nouvelle" element={<NewAlert email={user.email} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}

function useErrorText() {
  const t = useMessages(ALERTS);
  return (error: unknown) => (error instanceof RestApiError && error.code === 'UNAUTHENTICATED' ? t.expired : t.failed);
}

/** The filter as a short list of "criterion: values". */
function FilterSummary({ filter }: { filter: Record<string, unknown> }) {
  const t = useMessages(ALERTS);
  const { language } = useLanguage();
  const labels: Record<string, typeof OPPORTUNITY_KINDS> = { kinds: OPPORTUNITY_KINDS, statuses: OPPORTUNITY_STATUSES };
  const show = (name: string, value: string) => (labels[name] ? label(labels[name], value, language) : value);
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length));
  if (!entries.length) return <p>{t.noFilter}</p>;
  return (
    <dl className="alert-filter">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{t.fields[name] ?? name}</dt>
          <dd>{Array.isArray(value) ? value.map((v) => show(name, String(v))).join(', ') : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function CopyField({ id, label, copyLabel, value, hint }: { id: string; label: string; copyLabel: string; value: string; hint?: string }) {
  const t = useMessages(ALERTS);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const copyValue = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} ref={input} className="code" readOnly value={value} onFocus={(e) => e.target.select()} aria-describedby={hint ? `${id}-hint` : undefined} />
        <button type="button" onClick={() => void copyValue()}>{copyLabel}</button>
      </div>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      <p role="status" className="hint">{copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</p>
    </div>
  );
}

function NewAlert({ email }: { email: string }) {
  const t = useMessages(ALERTS);
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const board = useMemo(() => parseBoardFilters(params), [params]);
  const filter = useMemo(() => toOpportunityFilter(board), [board]);
  const boardUrl = `/opportunites${boardFiltersToParams(board).toString() ? `?${boardFiltersToParams(board)}` : ''}`;
  const [name, setName] = useState(() => [t.defaultName, board.q, ...board.kinds, board.theme, board.department || board.region].filter(Boolean).join(' · '));
  const [webhookUrl, setWebhookUrl] = useState('');
  const [wantEmail, setWantEmail] = useState(false);
  const [emailAvailable, setEmailAvailable] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);
  const [created, setCreated] = useState<{ alert: Alert; webhookSecret?: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const refs: Record<string, React.RefObject<HTMLInputElement | null>> = { name: useRef<HTMLInputElement>(null), webhookUrl: useRef<HTMLInputElement>(null), email: useRef<HTMLInputElement>(null) };

  useEffect(() => {
    listAlerts().then((r) => setEmailAvailable(r.emailAvailable), () => setEmailAvailable(false));
  }, []);
  useEffect(() => {
    if (created) heading.current?.focus();
  }, [created]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      setCreated(await createAlert({ name, filter, email: wantEmail, ...(webhookUrl.trim() ? { webhookUrl: webhookUrl.trim() } : {}) }));
    } catch (error) {
      if (error instanceof RestApiError && error.code === 'BAD_USER_INPUT') {
        const field = error.field && error.field in refs ? error.field : undefined;
        setProblem({ field, message: error.message });
        if (field) refs[field]!.current?.focus();
      } else {
        setProblem({ message: errorText(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section className="alert-created success" aria-labelledby="alert-created-title">
        <h1 id="alert-created-title" ref={heading} tabIndex={-1}>{t.created(created.alert.name)}</h1>
        <CopyField id="created-feed" label={t.feedLabel} copyLabel={t.copyFeed} value={created.alert.feedUrl} hint={t.feedHint} />
        {created.webhookSecret && (
          <>
            <p><strong>{t.secretWarning}</strong></p>
            <CopyField id="created-secret" label={t.secretLabel} copyLabel={t.copySecret} value={created.webhookSecret} />
          </>
        )}
        <p><Link className="button" to="/alertes">{t.seeAll}</Link> <Link to={boardUrl}>{t.backToBoard}</Link></p>
      </section>
    );
  }

  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  const described = (field: string, hint: string) => [hint, errorOf(field) ? `${field}-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <h1>{t.newTitle}</h1>
      <section aria-labelledby="alert-filter-title">
        <h2 id="alert-filter-title">{t.filterTitle}</h2>
        <FilterSummary filter={filter as Record<string, unknown>} />
        <p><Link to={boardUrl}>{t.backToBoard}</Link></p>
      </section>
      {problem && !problem.field && <div role="alert" className="state error"><p>{problem.message}</p></div>}
      <form onSubmit={(e) => void submit(e)} noValidate className="alert-form">
        <div className="field">
          <label htmlFor="alert-name">{t.name}</label>
          <input id="alert-name" ref={refs.name} value={name} onChange={(e) => setName(e.target.value)} required aria-required="true" maxLength={200}
            aria-invalid={errorOf('name') ? true : undefined} aria-describedby={described('name', 'alert-name-hint')} />
          <p className="hint" id="alert-name-hint">{t.nameHint}</p>
          {errorOf('name') && <p className="field-error" id="name-error">{errorOf('name')}</p>}
        </div>
        <div className="field">
          <label htmlFor="alert-webhook">{t.webhook}</label>
          <input id="alert-webhook" ref={refs.webhookUrl} type="url" inputMode="url" value={webhookUrl} onChange={(e) => setWebhookUrl(e.target.value)}
            aria-invalid={errorOf('webhookUrl') ? true : undefined} aria-describedby={described('webhookUrl', 'alert-webhook-hint')} />
          <p className="hint" id="alert-webhook-hint">{t.webhookHint}</p>
          {errorOf('webhookUrl') && <p className="field-error" id="webhookUrl-error">{errorOf('webhookUrl')}</p>}
        </div>
        <div className="checkbox">
          <input id="alert-email" ref={refs.email} type="checkbox" checked={wantEmail} disabled={emailAvailable === false} onChange={(e) => setWantEmail(e.target.checked)}
            aria-describedby={described('email', 'alert-email-hint')} aria-invalid={errorOf('email') ? true : undefined} />
          <label htmlFor="alert-email">{t.email}</label>
        </div>
        <p className="hint" id="alert-email-hint">{emailAvailable === false ? t.emailUnavailable : t.emailHint(email)}</p>
        {errorOf('email') && <p className="field-error" id="email-error">{errorOf('email')}</p>}
        <p><button type="submit" disabled={busy}>{busy ? t.creating : t.submit}</button></p>
      </form>
    </>
  );
}

function AlertsList() {
  const t = useMessages(ALERTS);
  const errorText = useErrorText();
  const [state, setState] = useState<{ alerts: Alert[]; emailAvailable: boolean } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    listAlerts().then(
      (r) => {
        setState(r);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(errorText(error)),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(load, [load]);

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <div role="status" aria-live="polite">{notice && <p className="success">{notice}</p>}</div>
      {loadError ? (
        <div role="alert" className="state error"><p>{loadError}</p></div>
      ) : !state ? (
        <Loading />
      ) : !state.alerts.length ? (
        <div className="state">
          <p>{t.none}</p>
          <p><Link to="/opportunites">{t.noneHint}</Link></p>
        </div>
      ) : (
        state.alerts.map((alert) => (
          <AlertCard key={alert.id} alert={alert} emailAvailable={state.emailAvailable} onChanged={load}
            onRemoved={() => {
              setNotice(t.removed(alert.name));
              load();
            }}
          />
        ))
      )}
    </>
  );
}

function AlertCard({ alert, emailAvailable, onChanged, onRemoved }: { alert: Alert; emailAvailable: boolean; onChanged(): void; onRemoved(): void }) {
  const t = useMessages(ALERTS);
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<'email' | 'test' | 'remove' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const titleId = `alert-${alert.id}-title`;

  const run = async (what: 'email' | 'test' | 'remove', action: () => Promise<unknown>, done?: string) => {
    setBusy(what);
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ error: false, text: done });
      if (what === 'remove') onRemoved();
      else onChanged();
    } catch (error) {
      setMessage({ error: true, text: error instanceof RestApiError && error.code === 'BAD_USER_INPUT' ? error.message : errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <article className="alert-card" aria-labelledby={titleId}>
      <h2 id={titleId}>{alert.name}</h2>
      <FilterSummary filter={alert.filter} />
      <CopyField id={`alert-${alert.id}-feed`} label={t.feedLabel} copyLabel={t.copyFeed} value={alert.feedUrl} hint={t.feedHint} />
      <p>{alert.webhookUrl ? t.webhookTo(alert.webhookUrl) : t.noWebhook}</p>
      <div className="checkbox">
        <input id={`alert-${alert.id}-email`} type="checkbox" checked={alert.email} disabled={busy !== null || (!emailAvailable && !alert.email)}
          onChange={(e) => void run('email', () => setAlertEmail(alert.id, e.target.checked))} aria-describedby={`alert-${alert.id}-email-hint`} />
        <label htmlFor={`alert-${alert.id}-email`}>{t.emailToggle}</label>
      </div>
      <p className="hint" id={`alert-${alert.id}-email-hint`}>{alert.emailTo ? t.emailOn(alert.emailTo) : emailAvailable ? '' : t.emailUnavailable}</p>
      {alert.lastError && <p className="state error">{t.lastRunError(alert.lastError)}</p>}
      <div role="status" aria-live="polite">{message && <p className={message.error ? 'state error' : 'success'}>{message.text}</p>}</div>
      <p className="actions">
        {(alert.webhookUrl || alert.email) && (
          <button type="button" className="secondary" disabled={busy !== null} onClick={() => void run('test', () => testAlert(alert.id), t.tested)}>
            {busy === 'test' ? t.testing : t.testSend}
          </button>
        )}{' '}
        {confirming ? (
          <span role="group" aria-label={t.removeConfirm(alert.name)} className="confirm">
            <span>{t.removeConfirm(alert.name)}</span>{' '}
            <button type="button" className="danger" autoFocus disabled={busy !== null} onClick={() => void run('remove', () => deleteAlert(alert.id))}>{t.confirm}</button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t.cancel}</button>
          </span>
        ) : (
          <button type="button" className="danger" aria-label={`${t.remove} ${alert.name}`} onClick={() => setConfirming(true)}>{t.remove}</button>
        )}
      </p>
      <h3>{t.deliveriesTitle}</h3>
      {alert.deliveries.length ? <Deliveries alert={alert} language={language} /> : <p>{t.noDeliveries}</p>}
    </article>
  );
}

function Deliveries({ alert, language }: { alert: Alert; language: Language }) {
  const t = useMessages(ALERTS);
  const when = (value: string) => formatDateTime(value, language);
  const detail = (d: AlertDelivery) =>
    [d.test ? t.test : null, d.lastError, d.nextAttemptAt ? t.retryAt(when(d.nextAttemptAt)) : null].filter(Boolean).join(' · ');
  return (
    <div className="table-scroll">
      <table className="deliveries-table">
        <caption className="visually-hidden">{t.caption(alert.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.when}</th>
            <th scope="col">{t.columns.channel}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col" className="number">{t.columns.attempts}</th>
            <th scope="col">{t.columns.detail}</th>
          </tr>
        </thead>
        <tbody>
          {alert.deliveries.map((d) => (
            <tr key={d.id} className={d.status}>
              <td>{when(d.createdAt)}</td>
              <td>{t.channel[d.channel]}</td>
              <td>{t.status[d.status]}</td>
              <td className="number">{d.attempts}</td>
              <td>{detail(d)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

