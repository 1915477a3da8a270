/**
 * The facilitator's workspace (/edition/cibles): their own priority targets, each with the toolbox's
 * next step (computed by the API from the shared rule: one level up, mutual knowledge first), editable
 * levels, notes and due date, sorted by due date; the action plan as CSV, and a printable view
 * (/edition/cibles/imprimer). `?ajouter=<actor id>` opens the add form on that actor (the actor
 * page's "Ajouter à mes cibles" button).
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { download } from '../../../components/network/exports';
import { graphql } from '../../../gql';
import type { MyTargetsQuery } from '../../../gql/graphql';
import { formatDate, useLanguage, useMessages } from '../../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../../ui/states';
import { targetsCsv } from './csv';
import { WORKSPACE } from './messages';
import './workspace.css';

export const MyTargetsQueryDocument = graphql(`
  query MyTargets($orderBy: WorkspaceTargetOrder) {
    myTargets(orderBy: $orderBy) {
      id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt
      actor { id name acronym territory { communeName departmentName } }
      recommendedTool { slug title }
      nextTools { slug title }
    }
    intensityLevels { level title titleEn }
  }
`);

const AddTarget = graphql(`
  mutation AddWorkspaceTarget($input: AddWorkspaceTargetInput!) {
    addWorkspaceTarget(input: $input) { id }
  }
`);

const UpdateTarget = graphql(`
  mutation UpdateWorkspaceTarget($id: ID!, $input: UpdateWorkspaceTargetInput!) {
    updateWorkspaceTarget(id: $id, input: $input) { id version currentIntensity aimedIntensity nextIntensity notes dueOn updatedAt recommendedTool { slug title } nextTools { slug title } }
  }
`);

const RemoveTarget = graphql(`
  mutation RemoveWorkspaceTarget($id: ID!) { removeWorkspaceTarget(id: $id) }
`);

const TargetActorSearch = graphql(`
  query TargetActorSearch($search: String!) {
    actors(filter: { search: $search }, first: 8) { nodes { id name acronym territory { communeName departmentName } } }
  }
`);

const TargetActorById = graphql(`
  query TargetActorById($id: ID!) { actor(id: $id) { id name archivedAt } }
`);

type Target = MyTargetsQuery['myTargets'][number];
type Levels = MyTargetsQuery['intensityLevels'];

function levelTitle(levels: Levels, level: number, en: boolean): string {
  const found = levels.find((l) => l.level === level);
  return found ? (en ? found.titleEn : found.title) : String(level);
}

function problemsOf(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [String((error as Error)?.message ?? error)];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.fields as Array<{ field: string; message: string }> | undefined;
    return fields?.length ? fields.map((f) => `${f.field} : ${f.message}`) : [e.message];
  });
}

export function TargetsPage() {
  const t = useMessages(WORKSPACE);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const recent = params.get('tri') === 'recent';
  const { data, loading, error, refetch } = useQuery(MyTargetsQueryDocument, { variables: { orderBy: recent ? 'RECENT' : 'DUE_ON' }, fetchPolicy: 'cache-and-network' });
  const [status, setStatus] = useState('');
  useEffect(() => { document.title = t.title; }, [t.title]);

  const setSort = (value: string) => {
    const next = new URLSearchParams(params);
    if (value === 'recent') next.set('tri', 'recent'); else next.delete('tri');
    setParams(next, { replace: true });
  };
  const targets = data?.myTargets ?? [];
  const levels = data?.intensityLevels ?? [];

  return (
    <div className="workspace">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p className="hint">{t.privacy}</p>
      <AddTargetForm levels={levels} onAdded={() => { setStatus(''); void refetch(); }} />
      <section aria-labelledby="targets-title">
        <h2 id="targets-title">{t.title} <span className="count">({t.count(targets.length)})</span></h2>
        <div className="workspace-tools">
          <label htmlFor="targets-sort">{t.sort}</label>{' '}
          <select id="targets-sort" value={recent ? 'recent' : 'due'} onChange={(e) => setSort(e.target.value)}>
            <option value="due">{t.sortDue}</option>
            <option value="recent">{t.sortRecent}</option>
          </select>{' '}
          <button type="button" className="secondary" disabled={!targets.length}
            onClick={() => download(new Blob([targetsCsv(targets, language)], { type: 'text/csv;charset=utf-8' }), `${t.fileName}.csv`)}>
            {t.exportCsv}
          </button>{' '}
          <Link className="button secondary" to="/edition/cibles/imprimer">{t.printView}</Link>
        </div>
        <p role="status" className="visually-hidden-status">{status}</p>
        {loading && !data && <Loading />}
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
        {data && !targets.length && <Empty>{t.empty}</Empty>}
        <ul className="targets">
          {targets.map((target) => (
            <TargetCard key={target.id} target={target} levels={levels} onStatus={setStatus} onChanged={() => void refetch()} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function LevelOptions({ levels, min }: { levels: Levels; min: number }) {
  const t = useMessages(WORKSPACE);
  const { language } = useLanguage();
  return (
    <>
      {min === 0 && <option value="0">{t.none}</option>}
      {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{t.level(n, levelTitle(levels, n, language === 'en'))}</option>)}
    </>
  );
}

function AddTargetForm({ levels, onAdded }: { levels: Levels; onAdded: () => void }) {
  const t = useMessages(WORKSPACE);
  const [params, setParams] = useSearchParams();
  const preset = params.get('ajouter') ?? '';
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [current, setCurrent] = useState(0);
  const [aimed, setAimed] = useState(2);
  const [dueOn, setDueOn] = useState('');
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const found = useQuery(TargetActorSearch, { variables: { search }, skip: search.length < 2 });
  const presetActor = useQuery(TargetActorById, { variables: { id: preset }, skip: !preset });
  const [add, { loading }] = useMutation(AddTarget);

  useEffect(() => {
    const actor = presetActor.data?.actor;
    if (actor && !actor.archivedAt) setChosen({ id: actor.id, name: actor.name });
  }, [presetActor.data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setProblems([]);
    try {
      await add({ variables: { input: { actorId: chosen.id, currentIntensity: current, aimedIntensity: aimed, dueOn: dueOn || null, notes: notes || null } } });
      setChosen(null); setText(''); setSearch(''); setNotes(''); setDueOn(''); setCurrent(0); setAimed(2);
      if (preset) { const next = new URLSearchParams(params); next.delete('ajouter'); setParams(next, { replace: true }); }
      onAdded();
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };

  return (
    <section aria-labelledby="add-target-title" className="add-target">
      <h2 id="add-target-title">{t.addTitle}</h2>
      {!chosen ? (
        <form role="search" onSubmit={(e) => { e.preventDefault(); setSearch(text.trim()); }}>
          <label htmlFor="target-search">{t.search}</label>
          <p className="hint" id="target-search-hint">{t.searchHint}</p>
          <div className="row">
            <input id="target-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="target-search-hint" />
            <button type="submit">{t.find}</button>
          </div>
          <ul className="target-results" aria-live="polite">
            {found.data?.actors.nodes.map((actor) => (
              <li key={actor.id}>
                <button type="button" className="secondary" onClick={() => setChosen({ id: actor.id, name: actor.name })} aria-label={t.pick(actor.name)}>
                  {actor.name}
                </button>{' '}
                <span className="detail">{actor.territory.communeName ?? actor.territory.departmentName}</span>
              </li>
            ))}
          </ul>
        </form>
      ) : (
        <form onSubmit={(e) => void submit(e)} aria-describedby={problems.length ? 'add-target-problems' : undefined}>
          <p>{t.chosen} : <strong>{chosen.name}</strong>{' '}
            <button type="button" className="secondary" onClick={() => setChosen(null)}>{t.change}</button>
          </p>
          <div className="target-fields">
            <label>{t.current}
              <select value={current} onChange={(e) => setCurrent(Number(e.target.value))}><LevelOptions levels={levels} min={0} /></select>
            </label>
            <label>{t.aimed}
              <select value={aimed} onChange={(e) => setAimed(Number(e.target.value))}><LevelOptions levels={levels} min={1} /></select>
            </label>
            <label>{t.due}
              <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
            </label>
            <label className="wide">{t.notes}
              <textarea value={notes} maxLength={4000} rows={2} onChange={(e) => setNotes(e.target.value)} />
            </label>
          </div>
          {problems.length > 0 && <ul id="add-target-problems" className="field-error" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
          <button type="submit" disabled={loading}>{loading ? t.adding : t.add}</button>
        </form>
      )}
    </section>
  );
}

function TargetCard({ target, levels, onStatus, onChanged }: { target: Target; levels: Levels; onStatus: (s: string) => void; onChanged: () => void }) {
  const t = useMessages(WORKSPACE);
  const { language } = useLanguage();
  const [current, setCurrent] = useState(target.currentIntensity);
  const [aimed, setAimed] = useState(target.aimedIntensity);
  const [dueOn, setDueOn] = useState(target.dueOn ?? '');
  const [notes, setNotes] = useState(target.notes ?? '');
  const [confirming, setConfirming] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [update, { loading: saving }] = useMutation(UpdateTarget);
  const [remove, { loading: removing }] = useMutation(RemoveTarget);
  useEffect(() => {
    setCurrent(target.currentIntensity); setAimed(target.aimedIntensity); setDueOn(target.dueOn ?? ''); setNotes(target.notes ?? '');
  }, [target.version, target.currentIntensity, target.aimedIntensity, target.dueOn, target.notes]);
  const dirty = current !== target.currentIntensity || aimed !== target.aimedIntensity || dueOn !== (target.dueOn ?? '') || notes !== (target.notes ?? '');
  const headingId = `target-${target.id}`;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      await update({ variables: { id: target.id, input: { currentIntensity: current, aimedIntensity: aimed, dueOn: dueOn || null, notes: notes || null, expectedVersion: target.version } } });
      onStatus(t.saved);
      onChanged();
    } catch (error) {
      if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT')) {
        onStatus(t.conflict); setProblems([t.conflict]); onChanged();
      } else setProblems(problemsOf(error));
    }
  };

  return (
    <li className="target" aria-labelledby={headingId}>
      <h3 id={headingId}><Link to={`/acteurs/${target.actor.id}`}>{target.actor.name}</Link>
        {target.dueOn && <span className="due"> — {t.due} : <time dateTime={target.dueOn}>{formatDate(target.dueOn, language)}</time></span>}
      </h3>
      <div className="next-step">
        {target.nextIntensity === null || target.nextIntensity === undefined ? <p>{t.reached}</p> : (
          <>
            <p><strong>{t.next(target.nextIntensity, levelTitle(levels, target.nextIntensity, language === 'en'))}</strong></p>
            {target.nextIntensity === 1 && <p className="hint">{t.startHere}</p>}
            {target.recommendedTool && (
              <p>{t.tool} : <Link to={`/boite-a-outils/${target.recommendedTool.slug}`}>{target.recommendedTool.title}</Link></p>
            )}
            {target.nextTools.length > 1 && (
              <details>
                <summary>{t.otherTools} ({target.nextTools.length - 1})</summary>
                <ul>{target.nextTools.slice(1).map((tool) => <li key={tool.slug}><Link to={`/boite-a-outils/${tool.slug}`}>{tool.title}</Link></li>)}</ul>
              </details>
            )}
          </>
        )}
      </div>
      <form onSubmit={(e) => void save(e)} className="target-fields">
        <label>{t.current}
          <select value={current} onChange={(e) => setCurrent(Number(e.target.value))}><LevelOptions levels={levels} min={0} /></select>
        </label>
        <label>{t.aimed}
          <select value={aimed} onChange={(e) => setAimed(Number(e.target.value))}><LevelOptions levels={levels} min={1} /></select>
        </label>
        <label>{t.due}
          <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </label>
        <label className="wide">{t.notes}
          <textarea value={notes} maxLength={4000} rows={2} onChange={(e) => setNotes(e.target.value)} />
        </label>
        {problems.length > 0 && <ul className="field-error wide" role="alert">{problems.map((p) => <li key={p}>{p}</li>)}</ul>}
        <div className="wide actions">
          <button type="submit" disabled={!dirty || saving} aria-label={`${t.save} — ${target.actor.name}`}>{saving ? t.saving : t.save}</button>{' '}
          {!confirming ? (
            <button type="button" className="secondary" onClick={() => setConfirming(true)} aria-label={`${t.remove} — ${target.actor.name}`}>{t.remove}</button>
          ) : (
            <span role="group" aria-label={t.removeConfirm(target.actor.name)}>
              {t.removeConfirm(target.actor.name)}{' '}
              <button type="button" disabled={removing} onClick={() => void remove({ variables: { id: target.id } }).then(() => { onStatus(t.removed); onChanged(); }, (e) => setProblems(problemsOf(e)))}>{t.remove}</button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>✕</button>
            </span>
          )}
        </div>
      </form>
    </li>
  );
}

/** /edition/cibles/imprimer: the action plan as a plain table, made for paper (print CSS in workspace.css). */
export function TargetsPrintPage() {
  const t = useMessages(WORKSPACE);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MyTargetsQueryDocument, { variables: { orderBy: 'DUE_ON' }, fetchPolicy: 'cache-and-network' });
  useEffect(() => { document.title = t.printTitle; }, [t.printTitle]);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const levels = data?.intensityLevels ?? [];
  const targets = data?.myTargets ?? [];
  const en = language === 'en';
  return (
    <div className="action-plan">
      <p className="no-print"><Link to="/edition/cibles">{t.back}</Link>{' '}<button type="button" onClick={() => window.print()}>{t.print}</button></p>
      <h1>{t.printTitle}</h1>
      <p>{t.printedOn(formatDate(new Date().toISOString(), language))}</p>
      {!targets.length ? <Empty>{t.empty}</Empty> : (
        <table>
          <thead>
            <tr><th scope="col">{t.columns.actor}</th><th scope="col">{t.columns.levels}</th><th scope="col">{t.columns.next}</th><th scope="col">{t.columns.due}</th><th scope="col">{t.columns.notes}</th></tr>
          </thead>
          <tbody>
            {targets.map((target) => (
              <tr key={target.id}>
                <th scope="row">{target.actor.name}</th>
                <td>{target.currentIntensity} → {target.aimedIntensity}</td>
                <td>{target.nextIntensity ? `${t.next(target.nextIntensity, levelTitle(levels, target.nextIntensity, en))}${target.recommendedTool ? ` — ${target.recommendedTool.title}` : ''}` : t.reached}</td>
                <td>{target.dueOn ? formatDate(target.dueOn, language) : ''}</td>
                <td className="notes">{target.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
