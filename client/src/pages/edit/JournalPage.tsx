/**
 * /edition/journal: the administrators' journal of every change (actors and partnerships,
 * opportunities, contacts), newest first, filtered by author, kind of record and dates kept in
 * the URL (`?auteur=`, `?type=`, `?depuis=`, `?jusqua=`).
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { RevisionEntityType, RevisionFilter } from '../../gql/graphql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/states';
import { BackToStart } from './EditorParts';
import { ChangesTable, RevisionFragment } from './History';
import { EDIT } from './messages';

/** Each subgraph keeps its own journal; the page reads the three and merges them by date. */
const JournalQuery = graphql(`
  query EditJournal($filter: RevisionFilter, $first: Int!) {
    actorsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }
    opportunitiesJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }
    contactsJournal(filter: $filter, first: $first) { totalCount nodes { id ...History_revision } }
  }
`);

const PAGE = 100;
const TYPES: RevisionEntityType[] = ['ACTOR', 'PARTNERSHIP', 'OPPORTUNITY', 'CONTACT'];
const EDIT_PATHS: Partial<Record<RevisionEntityType, string>> = { ACTOR: '/edition/acteurs', OPPORTUNITY: '/edition/opportunites', CONTACT: '/edition/interlocuteurs' };

export function JournalPage() {
  const t = useMessages(EDIT);
  const { user } = useSession();
  if (user?.role !== 'admin') {
    return (
      <div className="edit-access">
        <h1>{t.journal.title}</h1>
        <p>{t.journal.adminOnly}</p>
        <BackToStart />
      </div>
    );
  }
  return <Journal />;
}

function Journal() {
  const t = useMessages(EDIT);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const author = params.get('auteur') ?? '';
  const type = (params.get('type') ?? '') as RevisionEntityType | '';
  const since = params.get('depuis') ?? '';
  const until = params.get('jusqua') ?? '';
  const [form, setForm] = useState({ author, type, since, until });
  useEffect(() => setForm({ author, type, since, until }), [author, type, since, until]);

  const filter: RevisionFilter = {
    ...(author ? { authorId: author } : {}),
    ...(type && TYPES.includes(type) ? { entityTypes: [type] } : {}),
    // Whole days, in the viewer's time zone.
    ...(since ? { since: new Date(`${since}T00:00:00`).toISOString() } : {}),
    ...(until ? { until: new Date(`${until}T23:59:59.999`).toISOString() } : {}),
  };
  const { data, loading, error, refetch } = useQuery(JournalQuery, { variables: { filter, first: PAGE }, fetchPolicy: 'network-only' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (form.author.trim()) next.auteur = form.author.trim();
    if (form.type) next.type = form.type;
    if (form.since) next.depuis = form.since;
    if (form.until) next.jusqua = form.until;
    setParams(next);
  };

  const entries = data
    ? [...data.actorsJournal.nodes, ...data.opportunitiesJournal.nodes, ...data.contactsJournal.nodes]
        .map((node) => getFragmentData(RevisionFragment, node as FragmentType<typeof RevisionFragment>))
        .sort((a, b) => b.at.localeCompare(a.at))
        .slice(0, PAGE)
    : [];
  const total = data ? data.actorsJournal.totalCount + data.opportunitiesJournal.totalCount + data.contactsJournal.totalCount : 0;
  const dateFormat = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

  return (
    <div className="journal">
      <BackToStart />
      <h1>{t.journal.title}</h1>
      <p className="lead">{t.journal.intro}</p>
      <form onSubmit={submit} className="journal-filters" role="search">
        <div className="grid-3">
          <div className="field">
            <label htmlFor="journal-author">{t.journal.author}</label>
            <input id="journal-author" value={form.author} aria-describedby="journal-author-hint" onChange={(e) => setForm({ ...form, author: e.target.value })} />
            <p className="hint" id="journal-author-hint">{t.journal.authorHint}</p>
          </div>
          <div className="field">
            <label htmlFor="journal-type">{t.journal.entityType}</label>
            <select id="journal-type" value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as RevisionEntityType | '' })}>
              <option value="">{t.journal.any}</option>
              {TYPES.map((value) => <option key={value} value={value}>{t.journal.entityTypes[value]}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="journal-since">{t.journal.since}</label>
            <input id="journal-since" type="date" value={form.since} onChange={(e) => setForm({ ...form, since: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="journal-until">{t.journal.until}</label>
            <input id="journal-until" type="date" value={form.until} onChange={(e) => setForm({ ...form, until: e.target.value })} />
          </div>
        </div>
        <button type="submit">{t.journal.apply}</button>
      </form>
      <div aria-live="polite">
        {loading && !data && <Loading />}
        {error && !data && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && <p>{t.journal.count(entries.length, total)}</p>}
        {data && entries.length === 0 && <p>{t.journal.none}</p>}
      </div>
      {entries.length > 0 && (
        <ol className="revisions">
          {entries.map((entry) => {
            const heading = `${t.journal.entityTypes[entry.entityType]} · ${t.history.actions[entry.action] ?? entry.action} · ${t.history.version(entry.version)}`;
            const path = EDIT_PATHS[entry.entityType];
            return (
              <li key={`${entry.entityType}-${entry.id}`}>
                <h2>{heading}</h2>
                <p className="meta">
                  <time dateTime={entry.at}>{dateFormat.format(new Date(entry.at))}</time>{' '}
                  {t.history.by(entry.author.name ? `${entry.author.name} (${entry.author.id ?? '?'})` : entry.author.id ?? t.history.unknownAuthor)}
                  {path && <> · <Link to={`${path}/${entry.entityId}`}>{t.journal.open}</Link></>}
                </p>
                <ChangesTable changes={entry.changes} caption={heading} />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
