/**
 * /edition/fusion-interlocuteurs?a=<id>&b=<id>: two records of one person side by side. Without `b`,
 * a search picks the duplicate. Same rules as the actors' merge page (mergeContacts in the API):
 * the record that stays keeps its values and takes the fields picked, gaps are filled, roles and
 * themes united; the duplicate is archived with a pointer to the survivor.
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ContactMergeField, ContactMergeSidesQuery } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/i18n';
import { ErrorMessage, Loading } from '../../../ui/states';
import { CONTACT_MERGE, MERGE } from '../workspace/messages';
import '../workspace/workspace.css';

const ContactMergeSides = graphql(`
  query ContactMergeSides($a: ID!, $b: ID!) {
    a: contact(id: $a) {
      id displayName jobTitle roles email phone version archivedAt
      mergedInto { id displayName }
      organization { id name }
      territory { communeName departmentName regionName }
      source { name }
    }
    b: contact(id: $b) {
      id displayName jobTitle roles email phone version archivedAt
      mergedInto { id displayName }
      organization { id name }
      territory { communeName departmentName regionName }
      source { name }
    }
  }
`);

const ContactMergeSearch = graphql(`
  query ContactMergeSearch($search: String!) {
    contacts(filter: { search: $search }, first: 8) { nodes { id displayName jobTitle organization { name } } }
  }
`);

const MergeContacts = graphql(`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) { alreadyMerged survivor { id displayName version } merged { id archivedAt } }
  }
`);

type Side = NonNullable<ContactMergeSidesQuery['a']>;
const FIELDS: ContactMergeField[] = ['DISPLAY_NAME', 'JOB_TITLE', 'ORGANIZATION', 'TERRITORY', 'EMAIL', 'PHONE', 'SOURCE'];

function valueOf(contact: Side, field: ContactMergeField): string {
  switch (field) {
    case 'DISPLAY_NAME': return contact.displayName;
    case 'JOB_TITLE': return contact.jobTitle ?? '';
    case 'ORGANIZATION': return contact.organization?.name ?? '';
    case 'TERRITORY': return [contact.territory.communeName, contact.territory.departmentName, contact.territory.regionName].filter(Boolean).join(', ');
    case 'EMAIL': return contact.email ?? '';
    case 'PHONE': return contact.phone ?? '';
    case 'SOURCE': return contact.source.name;
  }
}

export function ContactMergePage() {
  const t = useMessages(MERGE);
  const c = useMessages(CONTACT_MERGE);
  const [params, setParams] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  useEffect(() => { document.title = c.title; }, [c.title]);
  if (!a) return <div className="merge-page"><h1>{c.title}</h1><p>{c.pickFirst}</p></div>;
  if (!b || a === b) return <PickDuplicate a={a} onPick={(id) => setParams({ a, b: id })} />;
  return <ContactMergeForm a={a} b={b} key={`${a}-${b}`} t={t} c={c} />;
}

function PickDuplicate({ a, onPick }: { a: string; onPick: (id: string) => void }) {
  const c = useMessages(CONTACT_MERGE);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const { data } = useQuery(ContactMergeSearch, { variables: { search }, skip: search.length < 2 });
  const submit = (event: FormEvent) => { event.preventDefault(); setSearch(text.trim()); };
  return (
    <div className="merge-page">
      <h1>{c.title}</h1>
      <form role="search" onSubmit={submit}>
        <label htmlFor="contact-merge-search">{c.search}</label>
        <div className="row">
          <input id="contact-merge-search" type="search" value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit">{c.find}</button>
        </div>
      </form>
      <ul className="target-results" aria-live="polite">
        {data?.contacts.nodes.filter((n) => n.id !== a).map((n) => (
          <li key={n.id}>
            <button type="button" className="secondary" onClick={() => onPick(n.id)} aria-label={c.pick(n.displayName)}>{n.displayName}</button>{' '}
            <span className="detail">{[n.jobTitle, n.organization?.name].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ContactMergeForm({ a, b, t, c }: { a: string; b: string; t: typeof MERGE.fr; c: typeof CONTACT_MERGE.fr }) {
  const { data, loading, error, refetch } = useQuery(ContactMergeSides, { variables: { a, b }, fetchPolicy: 'network-only' });
  const [survivorKey, setSurvivorKey] = useState<'a' | 'b'>('a');
  const [take, setTake] = useState<Set<ContactMergeField>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [done, setDone] = useState<{ id: string; name: string; already: boolean } | null>(null);
  const [merge, { loading: merging }] = useMutation(MergeContacts);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data?.a || !data.b) return <div className="merge-page"><h1>{c.title}</h1><p>{t.notFound}</p></div>;
  const s = survivorKey === 'a' ? data.a : data.b;
  const o = survivorKey === 'a' ? data.b : data.a;
  const taken = (field: ContactMergeField) => (take.has(field) && !!valueOf(o, field)) || (!valueOf(s, field) && !!valueOf(o, field));

  const run = async () => {
    setConfirming(false);
    setProblems([]);
    try {
      const answer = await merge({ variables: { input: { survivorId: s.id, mergedId: o.id, takeFromMerged: [...take], survivorVersion: s.version, mergedVersion: o.version } } });
      const result = answer.data!.mergeContacts;
      setDone({ id: result.survivor.id, name: result.survivor.displayName, already: result.alreadyMerged });
    } catch (e) {
      setProblems(CombinedGraphQLErrors.is(e) ? e.errors.map((x) => x.message) : [String(e)]);
      void refetch();
    }
  };

  if (done) {
    return (
      <div className="merge-page">
        <h1>{c.title}</h1>
        <div className="success" role="status"><p>{done.already ? t.already : c.done(done.name)}</p></div>
        <p><Link to={`/edition/interlocuteurs/${done.id}`}>{t.openSurvivor}</Link></p>
      </div>
    );
  }
  return (
    <div className="merge-page">
      <h1>{c.title}</h1>
      <p className="lead">{c.intro}</p>
      <fieldset>
        <legend>{t.survivor}</legend>
        {(['a', 'b'] as const).map((key) => (
          <label key={key} className="choice">
            <input type="radio" name="survivor" checked={survivorKey === key} onChange={() => { setSurvivorKey(key); setTake(new Set()); }} /> {t.keep(data[key]!.displayName)}
          </label>
        ))}
      </fieldset>
      <table className="merge-table">
        <caption className="visually-hidden">{c.title}</caption>
        <thead><tr><th scope="col">{t.field}</th><th scope="col">{s.displayName}</th><th scope="col">{o.displayName}</th></tr></thead>
        <tbody>
          {FIELDS.filter((f) => valueOf(s, f) || valueOf(o, f)).map((field) => {
            const mine = valueOf(s, field);
            const theirs = valueOf(o, field);
            const choose = (fromOther: boolean) => setTake((prev) => { const next = new Set(prev); if (fromOther) next.add(field); else next.delete(field); return next; });
            return (
              <tr key={field}>
                <th scope="row">{c.fields[field]}</th>
                <td><label><input type="radio" name={`take-${field}`} checked={!taken(field)} disabled={!mine} onChange={() => choose(false)} /> {mine || <em>{t.empty}</em>}</label></td>
                <td><label><input type="radio" name={`take-${field}`} checked={taken(field)} disabled={!theirs || mine === theirs} onChange={() => choose(true)} aria-label={`${c.fields[field]} : ${t.take(o.displayName)}`} /> {theirs || <em>{t.empty}</em>}</label></td>
              </tr>
            );
          })}
          <tr><th scope="row">{c.roles}</th><td>{s.roles.join(', ')}</td><td>{o.roles.join(', ')}</td></tr>
        </tbody>
      </table>
      <p className="hint">{c.united}</p>
      {problems.length > 0 && <div className="field-error" role="alert">{problems.map((p) => <p key={p}>{p}</p>)}</div>}
      {!confirming ? (
        <button type="button" disabled={merging} onClick={() => setConfirming(true)}>{merging ? t.merging : t.confirm}</button>
      ) : (
        <div role="group" aria-label={t.confirmText(o.displayName, s.displayName)} className="notice">
          <p>{t.confirmText(o.displayName, s.displayName)}</p>
          <button type="button" onClick={() => void run()} disabled={merging}>{t.confirm}</button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>✕</button>
        </div>
      )}
    </div>
  );
}
