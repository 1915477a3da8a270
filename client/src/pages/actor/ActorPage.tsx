/**
 * One actor: identity, place in the hierarchy, official identifiers and source, attached actors,
 * contacts, opportunities, partnerships and a small partner network. Route /acteurs/:id.
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActorNetwork } from '../../components/network/ActorNetwork';
import { graphql } from '../../gql';
import type { OpportunityStatus } from '../../gql/graphql';
import { useMessages } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/states';
import { ActorBreadcrumb } from './ActorBreadcrumb';
import { ActorChildren } from './ActorChildren';
import { ActorContacts } from './ActorContacts';
import { ActorIdentifiers } from './ActorIdentifiers';
import { ActorIdentity, ActorIdentityHeader } from './ActorIdentity';
import { ActorOpportunities } from './ActorOpportunities';
import { ActorPartnerships } from './ActorPartnerships';
import { ACTOR_MESSAGES } from './messages';
import { AddToTargets } from '../edit/workspace/AddToTargets';
import { PartnershipOpenness } from '../needs/PartnershipOpenness';
import { MERGE } from '../edit/workspace/messages';
import './actor.css';

const ACTOR = graphql(`
  query ActorPage($id: ID!, $opportunityStatuses: [OpportunityStatus!]) {
    actor(id: $id) {
      id
      name
      mergedInto { id name }
      ...ActorBreadcrumb_actor
      ...ActorIdentity_actor
      ...ActorIdentifiers_actor
      ...ActorChildren_actor
      ...ActorContacts_actor
      ...ActorOpportunities_actor
      ...ActorPartnerships_actor
    }
    childCount: actors(filter: { parentId: $id }, first: 1) { totalCount }
    ...ActorPartnerships_query
  }
`);

const OPEN: OpportunityStatus[] = ['OPEN'];
const PUBLISHED: OpportunityStatus[] = ['OPEN', 'CLOSED', 'FILLED'];

/** An id the API refuses (malformed) is, for a visitor, an actor that does not exist. */
function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND' || e.extensions?.code === 'BAD_USER_INPUT');
}

export function ActorPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const showAll = params.get('opportunites') === 'toutes';
  const { data, previousData, error, loading, refetch } = useQuery(ACTOR, {
    variables: { id, opportunityStatuses: showAll ? PUBLISHED : OPEN },
    // Contacts' e-mails and phones depend on who is signed in: always ask the API again on arrival.
    fetchPolicy: 'cache-and-network',
    // When one service is down the API still answers the actor, with its contacts or opportunities
    // null and an error: show what came, and say what is missing (ActorContacts, ActorOpportunities).
    errorPolicy: 'all',
  });
  // While "show all opportunities" reloads, the page keeps what it shows.
  const shown = data ?? (previousData?.actor?.id === id ? previousData : undefined);
  const actor = shown?.actor;

  useEffect(() => {
    if (actor) document.title = actor.name;
  }, [actor]);

  const setShowAll = (all: boolean) => {
    const next = new URLSearchParams(params);
    if (all) next.set('opportunites', 'toutes');
    else next.delete('opportunites');
    setParams(next, { replace: true, preventScrollReset: true, flushSync: true });
  };

  if (!shown && loading) return <Loading />;
  if (error && isNotFound(error)) return <NotFound />;
  if (!shown && error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!shown) return <Loading />;
  if (!actor) return <NotFound />;

  return (
    <article className="actor-page">
      <ActorBreadcrumb actor={actor} />
      <ActorIdentityHeader actor={actor} />
      {actor.mergedInto && <MergedNotice to={actor.mergedInto} />}
      <AddToTargets actorId={actor.id} />
      <div className="actor-grid">
        <div className="actor-main">
          <ActorIdentity actor={actor} />
          <ActorContacts actor={actor} />
          <ActorOpportunities actor={actor} showAll={showAll} onShowAll={setShowAll} />
          <ActorPartnerships actor={actor} query={shown} />
          {/* The network component brings its own titled section. */}
          <div className="actor-section">
            <ActorNetwork actorId={actor.id} />
          </div>
        </div>
        <div className="actor-side">
          <ActorIdentifiers actor={actor} />
          <PartnershipOpenness actorId={actor.id} />
          <ActorChildren actor={actor} total={shown.childCount.totalCount} />
        </div>
      </div>
    </article>
  );
}

function NotFound() {
  const t = useMessages(ACTOR_MESSAGES);
  useEffect(() => {
    document.title = t.notFoundTitle;
  }, [t.notFoundTitle]);
  return (
    <div className="actor-page">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFound}</p>
      <p><Link to="/recherche">{t.backToSearch}</Link></p>
    </div>
  );
}

/** A merged duplicate still resolves (archived): point to the record that replaced it. */
function MergedNotice({ to }: { to: { id: string; name: string } }) {
  const t = useMessages(MERGE);
  return <p className="notice" role="note"><Link to={`/acteurs/${to.id}`}>{t.merged(to.name)}</Link></p>;
}
