/**
 * Partner API keys (/admin/cles): create one (its secret shown once, with a copy button), list them
 * with their usage, revoke one after a confirmation.
 */
import { RestApiError } from '../../auth/restApi';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDate, formatDateTime, formatNumber, useLanguage, useMessages } from '../../i18n/i18n';
import { Loading } from '../../ui/states';
import { createKey, listKeys, revokeKey, splitOrigins, type PartnerKey } from './keys';
import { ADMIN } from './messages';

type Field = 'name' | 'origins' | 'ratePerMinute' | 'operations';

export function KeysPage() {
  const t = useMessages(ADMIN);
  const { language } = useLanguage();
  const [keys, setKeys] = useState<PartnerKey[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    listKeys().then(
      (list) => {
        setKeys(list);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(error instanceof RestApiError && error.code === 'UNAUTHENTICATED' ? t.expired : t.failed),
    );
  }, [t]);
  useEffect(load, [load]);

  return (
    <div className="admin-keys">
      <h1>{t.keysTitle}</h1>
      <p className="lead">{t.intro}</p>
      {created && <NewKey name={created.name} secret={created.secret} onDismiss={() => setCreated(null)} />}
      <CreateKeyForm
        onCreated={(name, secret) => {
          setNotice(null);
          setCreated({ name, secret });
          load();
        }}
      />
      <section aria-labelledby="keys-list-title">
        <h2 id="keys-list-title">{t.listTitle}</h2>
        <div role="status" aria-live="polite">{notice && <p className="success">{notice}</p>}</div>
        {loadError ? (
          <div role="alert" className="state error">
            <p>{loadError}</p>
          </div>
        ) : !keys ? (
          <Loading />
        ) : !keys.length ? (
          <p className="state">{t.none}</p>
        ) : (
          <KeysTable
            keys={keys}
            language={language}
            onRevoked={(key) => {
              setNotice(t.revoked(key.name));
              load();
            }}
          />
        )}
      </section>
    </div>
  );
}

function CreateKeyForm({ onCreated }: { onCreated(name: string, secret: string): void }) {
  const t = useMessages(ADMIN);
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');
  const [rate, setRate] = useState('');
  const [allowList, setAllowList] = useState(false);
  const [operations, setOperations] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ field?: Field; message: string } | null>(null);
  const refs = { name: useRef<HTMLInputElement>(null), origins: useRef<HTMLTextAreaElement>(null), ratePerMinute: useRef<HTMLInputElement>(null), operations: useRef<HTMLTextAreaElement>(null) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const result = await createKey({
        name,
        origins: splitOrigins(origins),
        ...(rate.trim() ? { ratePerMinute: Number(rate) } : {}),
        mode: allowList ? 'allow-list' : 'open',
        ...(allowList && operations.trim() ? { operations } : {}),
      });
      setName('');
      setOrigins('');
      setRate('');
      setAllowList(false);
      setOperations('');
      onCreated(result.key.name, result.secret);
    } catch (error) {
      if (error instanceof RestApiError && error.code === 'BAD_USER_INPUT') {
        const field = (['name', 'origins', 'ratePerMinute', 'operations'] as const).find((f) => f === error.field);
        setProblem({ field, message: error.message });
        if (field) refs[field].current?.focus();
      } else {
        setProblem({ message: error instanceof RestApiError && error.code === 'UNAUTHENTICATED' ? t.expired : t.failed });
      }
    } finally {
      setBusy(false);
    }
  };

  const errorOf = (field: Field) => (problem?.field === field ? problem.message : null);
  const described = (field: Field, hint: string) => [hint, errorOf(field) ? `${field}-error` : null].filter(Boolean).join(' ');

  return (
    <section aria-labelledby="create-key-title" className="admin-form">
      <h2 id="create-key-title">{t.create}</h2>
      {problem && !problem.field && (
        <div role="alert" className="state error">
          <p>{problem.message}</p>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="key-name">{t.name}</label>
          <input id="key-name" ref={refs.name} value={name} onChange={(e) => setName(e.target.value)} required aria-required="true"
            aria-invalid={errorOf('name') ? true : undefined} aria-describedby={described('name', 'key-name-hint')} />
          <p className="hint" id="key-name-hint">{t.nameHint}</p>
          {errorOf('name') && <p className="field-error" id="name-error">{errorOf('name')}</p>}
        </div>
        <div className="field">
          <label htmlFor="key-origins">{t.origins}</label>
          <textarea id="key-origins" ref={refs.origins} rows={3} value={origins} onChange={(e) => setOrigins(e.target.value)}
            aria-invalid={errorOf('origins') ? true : undefined} aria-describedby={described('origins', 'key-origins-hint')} />
          <p className="hint" id="key-origins-hint">{t.originsHint}</p>
          {errorOf('origins') && <p className="field-error" id="origins-error">{errorOf('origins')}</p>}
        </div>
        <div className="field">
          <label htmlFor="key-rate">{t.rate}</label>
          <input id="key-rate" ref={refs.ratePerMinute} type="number" min={1} step={1} inputMode="numeric" value={rate} onChange={(e) => setRate(e.target.value)}
            aria-invalid={errorOf('ratePerMinute') ? true : undefined} aria-describedby={described('ratePerMinute', 'key-rate-hint')} />
          <p className="hint" id="key-rate-hint">{t.rateHint}</p>
          {errorOf('ratePerMinute') && <p className="field-error" id="ratePerMinute-error">{errorOf('ratePerMinute')}</p>}
        </div>
        <div className="checkbox">
          <input id="key-allow-list" type="checkbox" checked={allowList} onChange={(e) => setAllowList(e.target.checked)} aria-describedby="key-allow-list-hint" />
          <label htmlFor="key-allow-list">{t.allowList}</label>
        </div>
        <p className="hint" id="key-allow-list-hint">{t.allowListHint}</p>
        {allowList && (
          <div className="field">
            <label htmlFor="key-operations">{t.operations}</label>
            <textarea id="key-operations" ref={refs.operations} rows={8} className="code" value={operations} onChange={(e) => setOperations(e.target.value)}
              aria-invalid={errorOf('operations') ? true : undefined} aria-describedby={described('operations', 'key-operations-hint')} />
            <p className="hint" id="key-operations-hint">{t.operationsHint}</p>
            {errorOf('operations') && <p className="field-error" id="operations-error">{errorOf('operations')}</p>}
          </div>
        )}
        <p><button type="submit" disabled={busy}>{busy ? t.creating : t.submit}</button></p>
      </form>
    </section>
  );
}

/** The secret, shown once: focused on arrival so a screen reader reads the warning. */
function NewKey({ name, secret, onDismiss }: { name: string; secret: string; onDismiss(): void }) {
  const t = useMessages(ADMIN);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), [secret]);
  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('failed');
    }
  };
  return (
    <section className="new-key success" aria-labelledby="new-key-title">
      <h2 id="new-key-title" ref={heading} tabIndex={-1}>{t.newKey(name)}</h2>
      <p><strong>{t.newKeyWarning}</strong></p>
      <div className="field">
        <label htmlFor="new-key-value">{t.keyLabel}</label>
        <div className="row">
          <input id="new-key-value" ref={input} className="code" readOnly value={secret} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copyKey()}>{t.copy}</button>
        </div>
      </div>
      <p role="status">{copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}</p>
      <p><button type="button" className="secondary" onClick={onDismiss}>{t.dismiss}</button></p>
    </section>
  );
}

function KeysTable({ keys, language, onRevoked }: { keys: PartnerKey[]; language: 'fr' | 'en'; onRevoked(key: PartnerKey): void }) {
  const t = useMessages(ADMIN);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const when = (value: string | null) => (value ? formatDateTime(value, language) : t.never);

  const revoke = async (key: PartnerKey) => {
    setBusy(true);
    setFailure(null);
    try {
      await revokeKey(key.id);
      setConfirming(null);
      onRevoked(key);
    } catch (error) {
      setFailure(error instanceof RestApiError && error.code === 'UNAUTHENTICATED' ? t.expired : t.failed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="table-scroll">
      {failure && <p role="alert" className="state error">{failure}</p>}
      <table className="keys-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.name}</th>
            <th scope="col">{t.columns.prefix}</th>
            <th scope="col">{t.columns.origins}</th>
            <th scope="col">{t.columns.rate}</th>
            <th scope="col">{t.columns.mode}</th>
            <th scope="col" className="number">{t.columns.requests}</th>
            <th scope="col" className="number">{t.columns.rejections}</th>
            <th scope="col">{t.columns.lastUsed}</th>
            <th scope="col">{t.columns.created}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">{t.columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'revoked' : undefined}>
              <th scope="row">{key.name}</th>
              <td><code>{key.prefix}…</code></td>
              <td>{key.origins.length ? <ul className="plain">{key.origins.map((o) => <li key={o}>{o}</li>)}</ul> : t.noOrigin}</td>
              <td>{t.perMinute(formatNumber(key.ratePerMinute, language))}</td>
              <td>{key.mode === 'allow-list' ? t.allowListMode(key.operationCount) : t.open}</td>
              <td className="number">{formatNumber(key.requestCount, language)}</td>
              <td className="number">{formatNumber(key.rejectionCount, language)}</td>
              <td>{when(key.lastUsedAt)}</td>
              <td>{formatDate(key.createdAt, language)}</td>
              <td>{key.revokedAt ? t.revokedOn(formatDate(key.revokedAt, language)) : t.active}</td>
              <td>
                {!key.revokedAt &&
                  (confirming === key.id ? (
                    <div role="group" aria-label={t.revokeConfirm(key.name)} className="confirm">
                      <p>{t.revokeConfirm(key.name)}</p>
                      <button type="button" className="danger small" disabled={busy} autoFocus onClick={() => void revoke(key)}>
                        {busy ? t.revoking : t.confirm}
                      </button>{' '}
                      <button type="button" className="secondary small" onClick={() => setConfirming(null)}>{t.cancel}</button>
                    </div>
                  ) : (
                    <button type="button" className="secondary small" aria-label={`${t.revoke} ${key.name}`} onClick={() => setConfirming(key.id)}>
                      {t.revoke}
                    </button>
                  ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
