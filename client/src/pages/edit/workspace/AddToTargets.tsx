/**
 * On an actor's page, for editors: "Ajouter à mes cibles" (opens the workspace's add form on this
 * actor), or "Dans mes cibles" once it is there. Nothing for other viewers.
 */
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useSession } from '../../../auth/session';
import { graphql } from '../../../gql';
import { useMessages } from '../../../i18n/i18n';
import { WORKSPACE } from './messages';

const ActorMyTarget = graphql(`
  query ActorMyTarget($id: ID!) { actor(id: $id) { id archivedAt myTarget { id } } }
`);

export function AddToTargets({ actorId }: { actorId: string }) {
  const t = useMessages(WORKSPACE);
  const { user } = useSession();
  const editor = user?.role === 'editor' || user?.role === 'admin';
  const { data } = useQuery(ActorMyTarget, { variables: { id: actorId }, skip: !editor, fetchPolicy: 'cache-and-network' });
  if (!editor || !data?.actor || data.actor.archivedAt) return null;
  return data.actor.myTarget
    ? <p className="workspace-link"><Link to="/edition/cibles">{t.inTargets}</Link></p>
    : <p className="workspace-link"><Link className="button secondary" to={`/edition/cibles?ajouter=${actorId}`}>{t.addFromActor}</Link></p>;
}
