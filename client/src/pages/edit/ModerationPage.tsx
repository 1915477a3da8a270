/**
 * /edition/moderation (issue 6): the proposals of the editor's territories (admins: all), oldest
 * first. Each shows who proposed what and why, the proposed values next to the current ones, and
 * whether the record changed since; the editor accepts (after retouching the proposed texts if
 * need be) or rejects with a reason the proposer will read.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ModerationQueueQuery as QueueData } from '../../gql/graphql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { BackToStart } from './EditorParts';
import { MODERATION } from './moderation.messages';
import './moderation.css';

type Kind = 'Actor' | 'Opportunity' | 'Contact';

const QueueQuery = graphql(`
  query ModerationQueue {
    actorProposals(first: 100) {
      totalCount
      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id name } }
    }
    opportunityProposals(first: 100) {
      totalCount
      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id title } }
    }
    contactProposals(first: 100) {
      totalCount
      nodes { id action proposer { name } note proposed baseVersion currentVersion conflicting createdAt territory { departmentName regionName } changes { field before after } record { id displayName } }
    }
  }
`);

const AcceptActor = graphql(`
  mutation AcceptActorProposal($id: ID!, $create: CreateActorInput, $update: UpdateActorInput, $expectedVersion: Int) {
    acceptActorProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }
  }
`);
const AcceptOpportunity = graphql(`
  mutation AcceptOpportunityProposal($id: ID!, $create: CreateOpportunityInput, $update: UpdateOpportunityInput, $expectedVersion: Int) {
    acceptOpportunityProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id } }
  }
`);
const AcceptContact = graphql(`
  mutation AcceptContactProposal($id: ID!, $create: CreateContactInput, $update: UpdateContactInput, $expectedVersion: Int) {
    acceptContactProposal(id: $id, create: $create, update: $update, expectedVersion: $expectedVersion) { id status record { id displayName } }
  }
`);
const RejectActor = graphql(`mutation RejectActorProposal($id: ID!, $reason: String!) { rejectActorProposal(id: $id, reason: $reason) { id status } }`);
const RejectOpportunity = graphql(`mutation RejectOpportunityProposal($id: ID!, $reason: String!) { rejectOpportunityProposal(id: $id, reason: $reason) { id status } }`);
const RejectContact = graphql(`mutation RejectContactProposal($id: ID!, $reason: String!) { rejectContactProposal(id: $id, reason: $reason) { id status } }`);

export interface QueuedProposal {
  id: string; kind: Kind; action: string; proposer: string | null; note: string | null; proposed: Record<string, unknown>;
  baseVersion: number | null; currentVersion: number | null; conflicting: boolean; createdAt: string; territory: string;
  changes: Array<{ field: string; before: unknown; after: unknown }>; name: string;
}

type Node = QueueData['actorProposals']['nodes'][number] | QueueData['opportunityProposals']['nodes'][number] | QueueData['contactProposals']['nodes'][number];

const proposedText = (proposed: unknown, key: string) => String((proposed as Record<string, unknown> | null)?.[key] ?? '');

function queued(data: QueueData | undefined): QueuedProposal[] {
  if (!data) return [];
  const common = (kind: Kind, p: Node, name: string): QueuedProposal => ({
    id: p.id, kind, action: p.action, proposer: p.proposer.name, note: p.note, proposed: (p.proposed ?? {}) as Record<string, unknown>, baseVersion: p.baseVersion,
    currentVersion: p.currentVersion, conflicting: p.conflicting, createdAt: p.createdAt, changes: p.changes,
    territory: [p.territory.departmentName, p.territory.regionName].filter(Boolean).join(', '), name,
  });
  return [
    ...data.actorProposals.nodes.map((p) => common('Actor', p, p.record?.name ?? proposedText(p.proposed, 'name'))),
    ...data.opportunityProposals.nodes.map((p) => common('Opportunity', p, p.record?.title ?? proposedText(p.proposed, 'title'))),
    ...data.contactProposals.nodes.map((p) => common('Contact', p, p.record?.displayName ?? proposedText(p.proposed, 'displayName'))),
  ].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export function ModerationPage() {
  const m = useMessages(MODERATION);
  const { data, loading, error, refetch } = useQuery(QueueQuery, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<{ text: string; url: string | null } | null>(null);
  const items = queued(data);
  return (
    <div className="moderation">
      <BackToStart />
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <div role="status" aria-live="polite">
        {done && <div className="success"><p>{done.text}</p>{done.url && <p><Link to={done.url}>{m.see}</Link></p>}</div>}
      </div>
      {loading && !data && <Loading />}
      {error && !data && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && items.length === 0 && <Empty>{m.none}</Empty>}
      {items.map((item) => (
        <ProposalCard key={item.id} item={item} onDone={(text, url) => { setDone({ text, url }); void refetch(); }} />
      ))}
    </div>
  );
}

const recordUrl = (kind: Kind, id: string, name: string) =>
  kind === 'Actor' ? `/acteurs/${id}` : kind === 'Opportunity' ? `/opportunites/${id}` : `/interlocuteurs?q=${encodeURIComponent(name)}`;

const show = (value: unknown, empty: string) =>
  value === null || value === undefined || value === '' ? empty : Array.isArray(value) ? value.join(', ') || empty : String(value);

function ProposalCard({ item, onDone }: { item: QueuedProposal; onDone(text: string, url: string | null): void }) {
  const m = useMessages(MODERATION);
  const { language } = useLanguage();
  // The proposed top-level texts, editable before accepting.
  const editable = item.changes.filter((c) => !c.field.includes('.') && typeof c.after === 'string');
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [acceptActor] = useMutation(AcceptActor);
  const [acceptOpportunity] = useMutation(AcceptOpportunity);
  const [acceptContact] = useMutation(AcceptContact);
  const [rejectActor] = useMutation(RejectActor);
  const [rejectOpportunity] = useMutation(RejectOpportunity);
  const [rejectContact] = useMutation(RejectContact);
  const kind = m.kinds[item.kind];
  const heading = item.action === 'CREATE' ? m.creation(kind, item.name) : m.correction(kind, item.name);
  const headingId = `proposal-${item.id}`;

  const run = async (what: 'accept' | 'reject', action: () => Promise<string | null>, text: string) => {
    setBusy(what);
    setProblem(null);
    try {
      const id = await action();
      onDone(text, id ? recordUrl(item.kind, id, String(edits.displayName ?? item.proposed.displayName ?? item.name)) : null);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(null);
    }
  };

  const accept = () => run('accept', async () => {
    const edited = Object.keys(edits).some((key) => edits[key] !== item.proposed[key]);
    const payload = edited ? { ...item.proposed, ...edits } : null;
    const variables = {
      id: item.id,
      create: item.action === 'CREATE' ? (payload as any) : null,
      update: item.action === 'UPDATE' ? (payload as any) : null,
      // Accepting a proposal whose record changed since is a reviewed decision: against the version shown here.
      expectedVersion: item.conflicting ? item.currentVersion : null,
    };
    if (item.kind === 'Actor') return (await acceptActor({ variables })).data!.acceptActorProposal.record?.id ?? null;
    if (item.kind === 'Opportunity') return (await acceptOpportunity({ variables })).data!.acceptOpportunityProposal.record?.id ?? null;
    return (await acceptContact({ variables })).data!.acceptContactProposal.record?.id ?? null;
  }, m.accepted);

  const reject = (event: FormEvent) => {
    event.preventDefault();
    void run('reject', async () => {
      const variables = { id: item.id, reason };
      if (item.kind === 'Actor') await rejectActor({ variables });
      else if (item.kind === 'Opportunity') await rejectOpportunity({ variables });
      else await rejectContact({ variables });
      return null;
    }, m.rejected);
  };

  return (
    <article className="proposal" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p className="meta">{m.by(item.proposer ?? '?', formatDate(item.createdAt, language))} · {m.where} : {item.territory || '—'}</p>
      {item.note && <p className="note"><strong>{m.note} :</strong> {item.note}</p>}
      {item.conflicting && item.baseVersion !== null && item.currentVersion !== null && (
        <p className="notice conflict" role="note">{m.conflict(item.baseVersion, item.currentVersion)}</p>
      )}
      <table className="changes">
        <caption className="visually-hidden">{heading}</caption>
        <thead><tr><th scope="col">{m.field}</th>{item.action === 'UPDATE' && <th scope="col">{m.current}</th>}<th scope="col">{m.proposed}</th></tr></thead>
        <tbody>
          {item.changes.map((change) => {
            const canEdit = editable.includes(change);
            const inputId = `${item.id}-${change.field}`;
            return (
              <tr key={change.field}>
                <th scope="row">{canEdit ? <label htmlFor={inputId}>{change.field}</label> : change.field}</th>
                {item.action === 'UPDATE' && <td>{show(change.before, m.empty)}</td>}
                <td>
                  {canEdit ? (
                    <input id={inputId} value={edits[change.field] ?? String(change.after ?? '')}
                      onChange={(e) => setEdits((current) => ({ ...current, [change.field]: e.target.value }))} />
                  ) : show(change.after, m.empty)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {editable.length > 0 && <p className="hint">{m.editHint}</p>}
      {problem && <p className="notice error" role="alert">{m.error} {problem}</p>}
      <div className="actions">
        <button type="button" onClick={() => void accept()} disabled={busy !== null}>
          {busy === 'accept' ? m.accepting : item.conflicting ? m.acceptAnyway : m.accept}
        </button>
      </div>
      <form className="reject" onSubmit={reject}>
        <label htmlFor={`${item.id}-reason`}>{m.reason}</label>
        <p className="hint" id={`${item.id}-reason-hint`}>{m.reasonHint}</p>
        <textarea id={`${item.id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} aria-describedby={`${item.id}-reason-hint`} />
        <button type="submit" className="secondary" disabled={busy !== null || !reason.trim()}>{busy === 'reject' ? m.rejecting : m.reject}</button>
      </form>
    </article>
  );
}
