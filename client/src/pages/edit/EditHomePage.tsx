/**
 * The editing area (/edition/*), for signed-in editors and administrators. Members and visitors
 * are told why they cannot edit, with a way to sign in. The forms load on demand.
 */
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { Link, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, ACTOR_KINDS, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { EDIT } from './messages';
import { WORKSPACE } from './workspace/messages';
import './edit.css';
import { EditorDesk } from './EditorDesk';

const ActorEditor = lazy(async () => ({ default: (await import('./ActorEditor')).ActorEditor }));
const OpportunityEditor = lazy(async () => ({ default: (await import('./OpportunityEditor')).OpportunityEditor }));
const ContactEditor = lazy(async () => ({ default: (await import('./ContactEditor')).ContactEditor }));
const JournalPage = lazy(async () => ({ default: (await import('./JournalPage')).JournalPage }));
const TargetsPage = lazy(async () => ({ default: (await import('./workspace/TargetsPage')).TargetsPage }));
const TargetsPrintPage = lazy(async () => ({ default: (await import('./workspace/TargetsPage')).TargetsPrintPage }));
const MergePage = lazy(async () => ({ default: (await import('./merge/MergePage')).MergePage }));
const ContactMergePage = lazy(async () => ({ default: (await import('./merge/ContactMergePage')).ContactMergePage }));
const ModerationPage = lazy(async () => ({ default: (await import('./ModerationPage')).ModerationPage }));

export function EditHomePage() {
  const t = useMessages(EDIT);
  const { user, ready, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  if (!ready) return <Loading />;
  const back = `${location.pathname}${location.search}`;
  if (!user) {
    return (
      <div className="edit-access">
        <h1>{t.signInNeeded}</h1>
        <p>{t.signInNeededText}</p>
        <p><Link className="button" to={`/connexion?retour=${encodeURIComponent(back)}`}>{t.signInLink}</Link></p>
      </div>
    );
  }
  if (user.role !== 'editor' && user.role !== 'admin') {
    return (
      <div className="edit-access">
        <h1>{t.notAllowed}</h1>
        <p>{t.notAllowedText}</p>
        <p>
          <button type="button" className="secondary" onClick={() => void signOut().then(() => navigate(`/connexion?retour=${encodeURIComponent(back)}`))}>
            {t.otherAccount}
          </button>
        </p>
      </div>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<EditStart />} />
        <Route path="acteurs/nouveau" element={<ActorEditor />} />
        <Route path="acteurs/:id" element={<ActorEditor />} />
        <Route path="opportunites/nouvelle" element={<OpportunityEditor />} />
        <Route path="opportunites/:id" element={<OpportunityEditor />} />
        <Route path="interlocuteurs/nouveau" element={<ContactEditor />} />
        <Route path="interlocuteurs/:id" element={<ContactEditor />} />
        <Route path="journal" element={<JournalPage />} />
        <Route path="cibles" element={<TargetsPage />} />
        <Route path="cibles/imprimer" element={<TargetsPrintPage />} />
        <Route path="fusion" element={<MergePage />} />
        <Route path="fusion-interlocuteurs" element={<ContactMergePage />} />
        <Route path="moderation" element={<ModerationPage />} />
        <Route path="*" element={<EditNotFound />} />
      </Routes>
    </Suspense>
  );
}

function EditNotFound() {
  const t = useMessages(EDIT);
  const common = useMessages(COMMON);
  return (
    <>
      <h1>{common.notFound}</h1>
      <p><Link to="/edition">{t.backToStart}</Link></p>
    </>
  );
}

const EditSearchQuery = graphql(`
  query EditSearch($search: String!) {
    actors(filter: { search: $search }, first: 10) {
      totalCount
      nodes { id name acronym kind collectivityLevel territory { communeName departmentName } }
    }
    opportunities(filter: { search: $search, statuses: [DRAFT, OPEN, CLOSED, FILLED] }, first: 10) {
      totalCount
      nodes { id title kind status host { id name } }
    }
    contacts(filter: { search: $search }, first: 10) {
      totalCount
      nodes { id displayName jobTitle organization { id name } }
    }
  }
`);

/** /edition: what to create, and a search to find a record to edit (the search lives in `?q=`). */
function EditStart() {
  const t = useMessages(EDIT);
  const workspace = useMessages(WORKSPACE);
  const { user } = useSession();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const { data, loading, error, refetch } = useQuery(EditSearchQuery, { variables: { search: q }, skip: q.length === 0 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };

  const total = data ? data.actors.totalCount + data.opportunities.totalCount + data.contacts.totalCount : 0;

  return (
    <div className="edit-start">
      <h1>{t.title}</h1>
      <p className="lead">{t.start.intro}</p>
      <section aria-labelledby="edit-create">
        <h2 id="edit-create">{t.start.create}</h2>
        <ul className="cards create-cards">
          <li><Link to="/edition/acteurs/nouveau">{t.start.newActor}</Link></li>
          <li><Link to="/edition/opportunites/nouvelle">{t.start.newOpportunity}</Link></li>
          <li><Link to="/edition/interlocuteurs/nouveau">{t.start.newContact}</Link></li>
        </ul>
        <p><Link to="/edition/cibles">{workspace.link}</Link></p>
        {user?.role === 'admin' && <p><Link to="/edition/journal">{t.journal.link}</Link></p>}
      </section>
      <EditorDesk />
      <section aria-labelledby="edit-find">
        <h2 id="edit-find">{t.start.findTitle}</h2>
        <form role="search" onSubmit={submit} className="search-form">
          <label htmlFor="edit-search">{t.start.findLabel}</label>
          <p className="hint" id="edit-search-hint">{t.start.findHint}</p>
          <div className="row">
            <input id="edit-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="edit-search-hint" />
            <button type="submit">{t.start.find}</button>
          </div>
        </form>
        <div aria-live="polite" className="edit-results">
          {q && loading && !data && <Loading />}
          {q && error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
          {q && data && (
            <>
              <p className="visually-hidden">{t.start.resultsFor(q)} : {total}</p>
              <div className="result-columns">
                <ResultList title={t.start.actors} count={data.actors.totalCount} items={data.actors.nodes.map((a) => ({
                  id: a.id, to: `/edition/acteurs/${a.id}`, name: a.acronym && a.acronym !== a.name ? `${a.name} (${a.acronym})` : a.name,
                  detail: [label(ACTOR_KINDS, a.kind, language), a.territory.communeName ?? a.territory.departmentName].filter(Boolean).join(' · '),
                }))} />
                <ResultList title={t.start.opportunities} count={data.opportunities.totalCount} items={data.opportunities.nodes.map((o) => ({
                  id: o.id, to: `/edition/opportunites/${o.id}`, name: o.title,
                  detail: [label(OPPORTUNITY_KINDS, o.kind, language), label(OPPORTUNITY_STATUSES, o.status, language), o.host.name].join(' · '),
                }))} />
                <ResultList title={t.start.contacts} count={data.contacts.totalCount} items={data.contacts.nodes.map((c) => ({
                  id: c.id, to: `/edition/interlocuteurs/${c.id}`, name: c.displayName,
                  detail: [c.jobTitle, c.organization?.name].filter(Boolean).join(' · '),
                }))} />
              </div>
            </>
          )}
        </div>
      </section>
    </div>
  );
}

function ResultList({ title, count, items }: { title: string; count: number; items: Array<{ id: string; to: string; name: string; detail: string }> }) {
  const t = useMessages(EDIT);
  return (
    <section className="result-list">
      <h3>{title} <span className="count">({count})</span></h3>
      {items.length === 0 ? <Empty>{t.start.none}</Empty> : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <Link to={item.to} aria-label={t.start.edit(item.name)}>{item.name}</Link>
              {item.detail && <span className="detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
