/** /contribuer/mes-contributions: the member's proposals of every kind, newest first, with status, moderator and reason. */
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { CONTRIBUTE } from './messages';

const MyContributionsQuery = graphql(`
  query MyContributions {
    myActorProposals(first: 200) {
      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id name } }
    }
    myOpportunityProposals(first: 200) {
      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id title } }
    }
    myContactProposals(first: 200) {
      nodes { id action status note proposed createdAt decidedAt reason moderator { name } record { id displayName } }
    }
  }
`);

interface Item {
  id: string; kind: 'Actor' | 'Opportunity' | 'Contact'; action: string; status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  title: string; createdAt: string; decidedAt: string | null; reason: string | null; moderator: string | null; url: string | null;
}

const proposedName = (proposed: unknown, key: string): string => {
  const value = (proposed as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : '';
};

export function MyContributions() {
  const t = useMessages(CONTRIBUTE);
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(MyContributionsQuery, { fetchPolicy: 'cache-and-network' });
  const items: Item[] = data ? [
    ...data.myActorProposals.nodes.map((p) => ({
      ...p, kind: 'Actor' as const, moderator: p.moderator?.name ?? null,
      title: p.record?.name ?? proposedName(p.proposed, 'name'), url: p.record && p.status === 'ACCEPTED' ? `/acteurs/${p.record.id}` : null,
    })),
    ...data.myOpportunityProposals.nodes.map((p) => ({
      ...p, kind: 'Opportunity' as const, moderator: p.moderator?.name ?? null,
      title: p.record?.title ?? proposedName(p.proposed, 'title'), url: p.record && p.status === 'ACCEPTED' ? `/opportunites/${p.record.id}` : null,
    })),
    ...data.myContactProposals.nodes.map((p) => ({
      ...p, kind: 'Contact' as const, moderator: p.moderator?.name ?? null,
      title: p.record?.displayName ?? proposedName(p.proposed, 'displayName'), url: p.record && p.status === 'ACCEPTED' ? `/interlocuteurs?q=${encodeURIComponent(p.record.displayName)}` : null,
    })),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];

  return (
    <div className="contributions">
      <p className="back"><Link to="/contribuer">← {t.title}</Link></p>
      <h1>{t.mineTitle}</h1>
      <p className="lead">{t.mineIntro}</p>
      <div role="status">{params.get('statut') === 'envoye' && <p className="notice success">{t.sent}</p>}</div>
      {loading && !data && <Loading />}
      {error && !data && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && items.length === 0 && <Empty>{t.none}</Empty>}
      {items.length > 0 && (
        <ul className="contribution-list">
          {items.map((item) => (
            <li key={item.id} className={`contribution status-${item.status.toLowerCase()}`}>
              <h2>
                <span className="kind">{t.kinds[item.kind]} · {item.action === 'CREATE' ? t.creation : t.correction}</span>{' '}
                {item.url ? <Link to={item.url}>{item.title}</Link> : item.title}
              </h2>
              <p>
                <strong className="status">{t.statuses[item.status]}</strong>
                {item.decidedAt && item.moderator && <> {t.decidedBy(item.moderator, formatDate(item.decidedAt, language))}</>}
                {' · '}{t.proposedOn(formatDate(item.createdAt, language))}
              </p>
              {item.reason && (
                <p className="reason"><strong>{item.status === 'REJECTED' ? t.reason : t.moderatorNote} :</strong> {item.reason}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
