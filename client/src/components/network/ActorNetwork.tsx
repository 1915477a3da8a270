/**
 * An actor's ego network: its partners, contacts, open opportunities, and the first level of its
 * hierarchy (parent and children), drawn as a small graph (60 nodes at most) and given as a list.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, CONTACT_ROLES, OPPORTUNITY_KINDS, label } from '../../ui/labels';
import { ErrorMessage, Loading } from '../../ui/states';
import { computeCentrality, nodeSizes } from './centrality';
import { addHierarchy, actorNodeId, buildGraph, NetworkGraphActorFragment } from './graph';
import { NetworkCanvas } from './NetworkCanvas';
import { NetworkLegend } from './NetworkLegend';
import { NETWORK_MESSAGES } from './messages';

/** At most this many nodes are drawn; children are cut first. */
export const EGO_MAX_NODES = 60;
const CHILDREN_ASKED = 31;
const CHILDREN_DRAWN = 30;

const ActorNetworkQuery = graphql(`
  query ActorNetwork($id: ID!) {
    actor(id: $id) {
      id
      name
      ...NetworkGraph_actor
      parent { id name acronym kind collectivityLevel }
      children(first: 31) { id name acronym kind collectivityLevel }
    }
  }
`);

export function ActorNetwork({ actorId }: { actorId: string }) {
  const t = useMessages(NETWORK_MESSAGES);
  const { language } = useLanguage();
  const navigate = useNavigate();
  // Not through the cache: a partnership has the same id seen from either side while its `partner`
  // differs, so normalised copies written by other queries could point it back at this actor.
  const { data, error, loading, refetch } = useQuery(ActorNetworkQuery, { variables: { id: actorId }, fetchPolicy: 'no-cache' });
  const actor = data?.actor ?? null;
  const centre = getFragmentData(NetworkGraphActorFragment, actor);

  const model = useMemo(() => {
    if (!actor || !centre) return null;
    const core = buildGraph([centre], { contacts: true, opportunities: true });
    const room = Math.max(0, EGO_MAX_NODES - core.nodes.length - (actor.parent ? 1 : 0));
    const children = actor.children.slice(0, Math.min(CHILDREN_DRAWN, room));
    const graph = addHierarchy(core, actor.id, actor.parent, children);
    const sizes = nodeSizes(computeCentrality(graph), 'degree', 20, 48);
    return { graph, sizes, children, cut: actor.children.length > children.length };
  }, [actor, centre]);

  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!actor || !centre || !model) return null;

  const partners = new Map<string, { id: string; name: string; kind: string; links: Array<{ tool: string; intensity: number }> }>();
  for (const p of centre.partnerships) {
    const entry = partners.get(p.partner.id) ?? { id: p.partner.id, name: p.partner.name, kind: p.partner.kind, links: [] };
    entry.links.push({ tool: p.tool.title, intensity: p.intensity });
    partners.set(p.partner.id, entry);
  }
  const counts = {
    partners: partners.size, contacts: centre.contacts?.length ?? 0, opportunities: centre.opportunities?.length ?? 0,
    hierarchy: (actor.parent ? 1 : 0) + model.children.length,
  };
  const empty = model.graph.edges.length === 0;

  const open = (nodeId: string | null) => {
    const node = nodeId ? model.graph.nodes.find((n) => n.id === nodeId) : null;
    if (!node || node.id === actorNodeId(actor.id)) return;
    if (node.type === 'actor') navigate(`/acteurs/${node.entityId}`);
    else if (node.type === 'opportunity') navigate(`/opportunites/${node.entityId}`);
  };

  return (
    <section className="actor-network" aria-labelledby="actor-network-title">
      <h2 id="actor-network-title">{t.egoTitle}</h2>
      {empty ? <p className="state">{t.egoEmpty}</p> : (
        <>
          <div className="actor-network-graph">
            <NetworkCanvas graph={model.graph} sizes={model.sizes} description={t.egoSummary(counts)} selectedId={actorNodeId(actor.id)} onSelect={open} className="small" layout="concentric" labelSelectedEdges={false} />
            <NetworkLegend graph={model.graph} />
          </div>
          <p className="network-hint">{t.canvasHint}</p>
          <h3>{t.egoListTitle}</h3>
          <div className="actor-network-list">
            {actor.parent && (
              <div>
                <h4>{t.parent}</h4>
                <ul><li><Link to={`/acteurs/${actor.parent.id}`}>{actor.parent.name}</Link> <span className="muted">({label(ACTOR_KINDS, actor.parent.kind, language)})</span></li></ul>
              </div>
            )}
            {model.children.length > 0 && (
              <div>
                <h4>{t.children}</h4>
                <ul>
                  {model.children.map((child) => (
                    <li key={child.id}><Link to={`/acteurs/${child.id}`}>{child.name}</Link></li>
                  ))}
                </ul>
                {model.cut && <p className="muted">{t.childrenCut(model.children.length)}</p>}
              </div>
            )}
            {partners.size > 0 && (
              <div>
                <h4>{t.partners}</h4>
                <ul>
                  {[...partners.values()].map((partner) => (
                    <li key={partner.id}>
                      <Link to={`/acteurs/${partner.id}`}>{partner.name}</Link> <span className="muted">({label(ACTOR_KINDS, partner.kind, language)})</span>
                      <ul>
                        {partner.links.map((link) => <li key={link.tool}>{link.tool}, {t.intensity(link.intensity)}</li>)}
                      </ul>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {centre.contacts && centre.contacts.length > 0 && (
              <div>
                <h4>{t.contacts}</h4>
                <ul>
                  {centre.contacts.map((contact) => (
                    <li key={contact.id}>
                      {contact.displayName}
                      {contact.roles.length > 0 && <span className="muted"> ({contact.roles.map((role) => label(CONTACT_ROLES, role, language)).join(', ')})</span>}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {centre.opportunities && centre.opportunities.length > 0 && (
              <div>
                <h4>{t.opportunities}</h4>
                <ul>
                  {centre.opportunities.map((opportunity) => (
                    <li key={opportunity.id}>
                      <Link to={`/opportunites/${opportunity.id}`}>{opportunity.title}</Link> <span className="muted">({label(OPPORTUNITY_KINDS, opportunity.kind, language)})</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
