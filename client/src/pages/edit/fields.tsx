/**
 * The editing forms' kit: labelled inputs wired to the API's validation messages (aria-invalid,
 * aria-describedby), the error summary, focus on the first invalid input, and the notices for
 * session, access and service problems.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useLanguage, useMessages, type Language } from '../../i18n/i18n';
import { localizeProblem, mapFieldProblems, problemFromError, type ApiProblem } from './apiErrors';
import { EDIT } from './messages';

export function inputId(formId: string, key: string): string {
  return `${formId}-${key.replace(/\./g, '-')}`;
}

export interface FieldErrors {
  byKey: Record<string, string[]>;
  unmatched: string[];
  order: string[];
}

export interface EditForm {
  id: string;
  errors: FieldErrors | null;
  problem: ApiProblem | null;
  busy: boolean;
  /** Runs a write; on failure keeps the form as it is and shows what went wrong. Resolves true on success. */
  run(write: () => Promise<unknown>): Promise<boolean>;
  /** Props that wire an input to its messages. */
  describe(key: string, hintId?: string): { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  summaryRef: React.RefObject<HTMLDivElement | null>;
}

export function useEditForm(id: string, keys: readonly string[], aliases: Readonly<Record<string, string>> = {}): EditForm {
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const focusPending = useRef(false);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const first = errors?.order[0];
    const target = first ? document.getElementById(inputId(id, first)) : null;
    (target ?? summaryRef.current)?.focus();
  }, [errors, problem, id]);

  const run = useCallback(async (write: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await write();
      setErrors(null);
      return true;
    } catch (error) {
      const found = problemFromError(error);
      setProblem(found);
      setErrors(found.kind === 'invalid' ? mapFieldProblems(found.fields, keys, aliases) : null);
      focusPending.current = true;
      return false;
    } finally {
      setBusy(false);
    }
  }, [keys, aliases]);

  const describe = useCallback((key: string, hintId?: string) => {
    const invalid = !!errors?.byKey[key];
    const ids = [hintId, invalid ? `${inputId(id, key)}-error` : undefined].filter(Boolean).join(' ');
    return { id: inputId(id, key), 'aria-invalid': invalid ? (true as const) : undefined, 'aria-describedby': ids || undefined };
  }, [errors, id]);

  return { id, errors, problem, busy, run, describe, summaryRef };
}

/** The API's messages for one input, in the page's language when we know their wording. */
export function FieldError({ form, name }: { form: EditForm; name: string }) {
  const { language } = useLanguage();
  const messages = form.errors?.byKey[name];
  if (!messages) return null;
  return (
    <p className="field-error" id={`${inputId(form.id, name)}-error`}>
      {messages.map((message, i) => {
        const local = localizeProblem(message, language);
        return <span key={i} lang={local.lang === language ? undefined : local.lang}>{local.text} </span>;
      })}
    </p>
  );
}

/** The asterisk of a required input, read out as "(obligatoire)". */
export function RequiredMark({ required }: { required?: boolean }) {
  const t = useMessages(EDIT);
  if (!required) return null;
  return <> <span aria-hidden="true" className="required-mark">*</span><span className="visually-hidden"> ({t.required})</span></>;
}

interface BaseProps {
  form: EditForm;
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
}

type InputProps = ReturnType<EditForm['describe']> & { 'aria-required': true | undefined };

/** Label, hint and API error around one input; `children` renders the input with the props that wire it to them. */
function Field({ form, name, label, required, hint, children }: BaseProps & { children(props: InputProps): ReactNode }) {
  const hintId = hint ? `${inputId(form.id, name)}-hint` : undefined;
  const props = form.describe(name, hintId);
  return (
    <div className="field">
      <label htmlFor={props.id}>{label}<RequiredMark required={required} /></label>
      {hint && <p className="hint" id={hintId}>{hint}</p>}
      {children({ ...props, 'aria-required': required || undefined })}
      <FieldError form={form} name={name} />
    </div>
  );
}

export function TextField({ value, onChange, type = 'text', autoComplete, inputMode, min, max, ...base }: BaseProps & {
  value: string; onChange(value: string): void; type?: 'text' | 'url' | 'email' | 'tel' | 'date' | 'number';
  autoComplete?: string; inputMode?: 'numeric' | 'text'; min?: number; max?: number;
}) {
  return (
    <Field {...base}>
      {(props) => (
        <input {...props} type={type} value={value} onChange={(e) => onChange(e.target.value)}
          autoComplete={autoComplete} inputMode={inputMode} min={min} max={max} />
      )}
    </Field>
  );
}

export function TextAreaField({ value, onChange, rows = 4, ...base }: BaseProps & { value: string; onChange(value: string): void; rows?: number }) {
  return (
    <Field {...base}>
      {(props) => <textarea {...props} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** The options of an enum, labelled in the page's language (labels from ui/labels.ts). */
export function enumOptions(labels: Record<string, Record<Language, string>>, language: Language): Option[] {
  return Object.entries(labels).map(([value, names]) => ({ value, label: names[language] }));
}

export function SelectField({ value, onChange, options, groups, placeholder, ...base }: BaseProps & {
  value: string; onChange(value: string): void; options?: Option[]; groups?: Array<{ label: string; options: Option[] }>; placeholder?: string;
}) {
  const t = useMessages(EDIT);
  return (
    <Field {...base}>
      {(props) => (
        <select {...props} value={value} onChange={(e) => onChange(e.target.value)}>
          {placeholder !== undefined || !value ? <option value="">{placeholder ?? t.choose}</option> : null}
          {options?.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
          {groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A group of checkboxes (e.g. a contact's roles): the first box carries the group's error focus. */
export function CheckboxGroup({ form, name, label, required, value, onChange, options }: BaseProps & {
  value: string[]; onChange(value: string[]): void; options: Option[];
}) {
  const invalid = !!form.errors?.byKey[name];
  const errorId = invalid ? `${inputId(form.id, name)}-error` : undefined;
  return (
    <fieldset className="field checkbox-group" aria-describedby={errorId}>
      <legend>{label}<RequiredMark required={required} /></legend>
      {options.map((option, i) => {
        const id = i === 0 ? inputId(form.id, name) : `${inputId(form.id, name)}-${option.value}`;
        return (
          <div key={option.value} className="checkbox">
            <input id={id} type="checkbox" checked={value.includes(option.value)} aria-invalid={invalid || undefined}
              onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))} />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
      <FieldError form={form} name={name} />
    </fieldset>
  );
}

/** The list of what to fix, and problems that are not about one input; focused when no input can be. */
export function ErrorSummary({ form, onReload }: { form: EditForm; onReload?: () => void }) {
  const t = useMessages(EDIT);
  const { language } = useLanguage();
  const { problem, errors } = form;
  if (!problem) return null;
  if (problem.kind === 'conflict') return <ConflictNotice problem={problem} refObject={form.summaryRef} onReload={onReload} />;
  if (problem.kind !== 'invalid' || !errors) return <ProblemNotice problem={problem} refObject={form.summaryRef} />;
  const count = errors.order.length + errors.unmatched.length;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={form.summaryRef}>
      <h2>{t.summaryTitle(count)}</h2>
      <ul>
        {errors.order.map((key) => {
          const label = document.querySelector(`label[for="${inputId(form.id, key)}"]`)?.textContent?.replace('*', '').trim()
            ?? document.getElementById(inputId(form.id, key))?.closest('fieldset')?.querySelector('legend')?.textContent?.replace('*', '').trim()
            ?? key;
          return (
            <li key={key}>
              <a href={`#${inputId(form.id, key)}`} onClick={(e) => { e.preventDefault(); document.getElementById(inputId(form.id, key))?.focus(); }}>
                {label.replace(`(${t.required})`, '').trim()}
              </a>
            </li>
          );
        })}
        {errors.unmatched.map((message, i) => {
          const local = localizeProblem(message, language);
          return <li key={`u${i}`} lang={local.lang === language ? undefined : local.lang}>{local.text}</li>;
        })}
      </ul>
    </div>
  );
}

/** Someone saved the record meanwhile: what changed, by whom, and a way to reload it. */
export function ConflictNotice({ problem, refObject, onReload }: {
  problem: Extract<ApiProblem, { kind: 'conflict' }>; refObject?: React.RefObject<HTMLDivElement | null>; onReload?: () => void;
}) {
  const t = useMessages(EDIT);
  return (
    <div className="error-summary conflict" role="alert" tabIndex={-1} ref={refObject}>
      <h2>{t.conflict.title}</h2>
      <p>{t.conflict.text(problem.changedBy)}</p>
      {problem.changedFields.length > 0 && (
        <p>{t.conflict.fields} <span className="changed-fields">{problem.changedFields.join(', ')}</span></p>
      )}
      {onReload && (
        <>
          <p className="hint">{t.conflict.reloadHint}</p>
          <p><button type="button" onClick={onReload}>{t.conflict.reload}</button></p>
        </>
      )}
    </div>
  );
}

/** Session, rights, missing record or service trouble, with the way forward. */
export function ProblemNotice({ problem, refObject }: { problem: ApiProblem; refObject?: React.RefObject<HTMLDivElement | null> }) {
  const t = useMessages(EDIT);
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  const text = { unauthenticated: t.expired, forbidden: t.forbidden, notFound: t.notFound, unavailable: t.unavailable, invalid: t.unavailable, conflict: t.conflict.title }[problem.kind];
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={refObject}>
      <p>{text}</p>
      {(problem.kind === 'unauthenticated' || problem.kind === 'forbidden') && (
        <p><Link to={`/connexion?retour=${encodeURIComponent(back)}`}>{t.signInLink}</Link></p>
      )}
    </div>
  );
}

/** Says that an earlier unsaved input was brought back, and offers to forget it. */
export function DraftNotice({ restored, onDiscard }: { restored: boolean; onDiscard?: () => void }) {
  const t = useMessages(EDIT);
  if (!restored) return <p className="hint">{t.draftKept}</p>;
  return (
    <div className="notice" role="status">
      <p>{t.restored}</p>
      {onDiscard && <button type="button" className="secondary" onClick={onDiscard}>{t.discardDraft}</button>}
    </div>
  );
}

/** The confirmation after a write, focused so that it is read out, with the link to the record. */
export function SuccessNotice({ children, to, linkText }: { children: ReactNode; to: string; linkText: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="success" role="status" tabIndex={-1} ref={ref}>
      <p>{children}</p>
      <p><Link to={to}>{linkText}</Link></p>
    </div>
  );
}

export function RequiredNote() {
  const t = useMessages(EDIT);
  return <p className="hint">{t.requiredNote}</p>;
}
