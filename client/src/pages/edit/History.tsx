/**
 * A record's history in its editor: each recorded version with who, when and the field diff, and
 * a way back to an earlier version (after an explicit confirmation). Also the diff table that the
 * admin journal shows.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDateTime, useLanguage, useMessages } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/states';
import { problemFromError, type ApiProblem } from './apiErrors';
import { ConflictNotice, ProblemNotice } from './fields';
import { EDIT } from './messages';

export const RevisionFragment = graphql(`
  fragment History_revision on Revision {
    id
    entityType
    entityId
    version
    action
    at
    author { id name }
    changes { field before after }
    revertedTo
  }
`);

const ActorHistoryQuery = graphql(`
  query ActorHistory($id: ID!) { actor(id: $id) { id version history { ...History_revision } } }
`);
const OpportunityHistoryQuery = graphql(`
  query OpportunityHistory($id: ID!) { opportunity(id: $id) { id version history { ...History_revision } } }
`);
const ContactHistoryQuery = graphql(`
  query ContactHistory($id: ID!) { contact(id: $id) { id version history { ...History_revision } } }
`);

const RevertActorMutation = graphql(`
  mutation RevertActor($id: ID!, $version: Int!, $expectedVersion: Int) { revertActor(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }
`);
const RevertOpportunityMutation = graphql(`
  mutation RevertOpportunity($id: ID!, $version: Int!, $expectedVersion: Int) {
    revertOpportunity(id: $id, version: $version, expectedVersion: $expectedVersion) { id version }
  }
`);
const RevertContactMutation = graphql(`
  mutation RevertContact($id: ID!, $version: Int!, $expectedVersion: Int) { revertContact(id: $id, version: $version, expectedVersion: $expectedVersion) { id version } }
`);

export type HistoryKind = 'actor' | 'opportunity' | 'contact';

/** One value of a diff, as a person reads it. */
export function displayValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length ? value.map((v) => displayValue(v, empty)).join(', ') : empty;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function ChangesTable({ changes, caption }: { changes: ReadonlyArray<{ field: string; before?: unknown; after?: unknown }>; caption: string }) {
  const t = useMessages(EDIT);
  if (!changes.length) return null;
  return (
    <table className="changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead><tr><th scope="col">{t.history.field}</th><th scope="col">{t.history.before}</th><th scope="col">{t.history.after}</th></tr></thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row"><code>{change.field}</code></th>
            <td><del>{displayValue(change.before, t.history.empty_value)}</del></td>
            <td><ins>{displayValue(change.after, t.history.empty_value)}</ins></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function useHistory(kind: HistoryKind, id: string) {
  const actor = useQuery(ActorHistoryQuery, { variables: { id }, skip: kind !== 'actor', fetchPolicy: 'network-only' });
  const opportunity = useQuery(OpportunityHistoryQuery, { variables: { id }, skip: kind !== 'opportunity', fetchPolicy: 'network-only' });
  const contact = useQuery(ContactHistoryQuery, { variables: { id }, skip: kind !== 'contact', fetchPolicy: 'network-only' });
  const query = { actor, opportunity, contact }[kind];
  const record = actor.data?.actor ?? opportunity.data?.opportunity ?? contact.data?.contact ?? null;
  return { query, record };
}

/**
 * The history panel of an editor. `version` is the record's version as the form shows it: when it
 * changes (a save), the history is read again. `onReverted` reloads the form with the restored state.
 */
export function HistoryPanel({ kind, id, version, onReverted }: { kind: HistoryKind; id: string; version: number; onReverted(): Promise<unknown> | void }) {
  const t = useMessages(EDIT);
  const { language } = useLanguage();
  const { query, record } = useHistory(kind, id);
  const [revertActor] = useMutation(RevertActorMutation);
  const [revertOpportunity] = useMutation(RevertOpportunityMutation);
  const [revertContact] = useMutation(RevertContactMutation);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const { refetch } = query;

  useEffect(() => {
    void refetch();
  }, [version, refetch]);

  const revert = async (target: number) => {
    setBusy(true);
    setProblem(null);
    const variables = { id, version: target, expectedVersion: record?.version ?? version };
    try {
      if (kind === 'actor') await revertActor({ variables });
      else if (kind === 'opportunity') await revertOpportunity({ variables });
      else await revertContact({ variables });
      setConfirming(null);
      setDone(target);
      await onReverted();
      await refetch();
    } catch (error) {
      setProblem(problemFromError(error));
    } finally {
      setBusy(false);
    }
  };

  const revisions = (record?.history ?? []).map((r) => getFragmentData(RevisionFragment, r as FragmentType<typeof RevisionFragment>));
  const current = record?.version ?? version;

  return (
    <section className="history" aria-labelledby={`history-${id}`}>
      <h2 id={`history-${id}`}>{t.history.title}</h2>
      <div aria-live="polite">{done !== null && <p className="notice success">{t.history.reverted(done)}</p>}</div>
      {problem && (problem.kind === 'conflict'
        ? <ConflictNotice problem={problem} onReload={() => window.location.reload()} />
        : <ProblemNotice problem={problem} />)}
      {query.loading && !record && <Loading />}
      {query.error && !record && <ErrorMessage error={query.error} onRetry={() => void refetch()} />}
      {record && revisions.length === 0 && <p>{t.history.empty}</p>}
      {revisions.length > 0 && (
        <ol className="revisions" reversed>
          {revisions.map((revision) => {
            const heading = `${t.history.version(revision.version)} · ${t.history.actions[revision.action] ?? revision.action}`;
            return (
              <li key={revision.id}>
                <h3>
                  {heading}
                  {revision.version === current && <span className="badge"> ({t.history.current})</span>}
                </h3>
                <p className="meta">
                  <time dateTime={revision.at}>{formatDateTime(revision.at, language)}</time>{' '}
                  {t.history.by(revision.author.name ?? revision.author.id ?? t.history.unknownAuthor)}
                  {revision.revertedTo !== null && revision.revertedTo !== undefined && <> · {t.history.revertedTo(revision.revertedTo)}</>}
                </p>
                <ChangesTable changes={revision.changes} caption={heading} />
                {revision.version < current && (
                  <div className="revert">
                    {confirming === revision.version ? (
                      <>
                        <button type="button" className="danger" disabled={busy} onClick={() => void revert(revision.version)}>
                          {busy ? t.history.reverting : t.history.revertConfirm(revision.version)}
                        </button>
                        <button type="button" className="secondary" onClick={() => setConfirming(null)}>{t.history.cancel}</button>
                      </>
                    ) : (
                      <button type="button" className="secondary" onClick={() => setConfirming(revision.version)}>{t.history.revert(revision.version)}</button>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
