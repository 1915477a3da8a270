/** The selected node of the graph: what it is, its centrality, its links, and a link to its page. */
import { Link } from 'react-router';
import type { Centrality } from '../../components/network/centrality';
import type { GraphNode, NetworkGraph } from '../../components/network/graph';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { CONTACT_ROLES, label } from '../../ui/labels';
import { formatMeasure, kindLabel } from './format';
import { PAGE_MESSAGES } from './messages';

interface Props {
  graph: NetworkGraph;
  centrality: ReadonlyMap<string, Centrality>;
  selectedId: string | null;
  onClose(): void;
}

export function NodeDetails({ graph, centrality, selectedId, onClose }: Props) {
  const t = useMessages(PAGE_MESSAGES);
  const { language } = useLanguage();
  const node = selectedId ? graph.nodes.find((n) => n.id === selectedId) : undefined;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const c = node ? centrality.get(node.id) : undefined;

  const links = node ? graph.edges.filter((e) => e.source === node.id || e.target === node.id) : [];
  const other = (edge: (typeof links)[number]) => byId.get(edge.source === node?.id ? edge.target : edge.source);
  const partnerships = links.filter((e) => e.type === 'partnership');
  const linkedActors = links.filter((e) => e.type !== 'partnership').map(other).filter((n): n is GraphNode => n?.type === 'actor');
  const linkedOthers = links.filter((e) => e.type !== 'partnership').map(other).filter((n): n is GraphNode => !!n && n.type !== 'actor');

  return (
    <section className="network-panel network-details" aria-labelledby="network-details" aria-live="polite">
      <h2 id="network-details">{t.detailsTitle}</h2>
      {!node ? <p className="muted">{t.noSelection}</p> : (
        <>
          <h3>{node.label}</h3>
          <p>
            {kindLabel(node, language) || t.contact}
            {node.outside && <> — {t.outside}</>}
          </p>
          {node.type === 'contact' && (
            <>
              {node.jobTitle && <p>{node.jobTitle}</p>}
              {node.roles && node.roles.length > 0 && <p>{t.roles} : {node.roles.map((role) => label(CONTACT_ROLES, role, language)).join(', ')}</p>}
            </>
          )}
          {c && (
            <dl className="network-measures">
              <div><dt>{t.degree}</dt><dd>{formatMeasure('degree', c.degree, language)}</dd></div>
              <div><dt>{t.strength}</dt><dd>{formatMeasure('strength', c.strength, language)}</dd></div>
              <div><dt>{t.betweenness}</dt><dd>{formatMeasure('betweenness', c.betweenness, language)}</dd></div>
            </dl>
          )}
          {partnerships.length > 0 && (
            <>
              <h4>{t.partnerships}</h4>
              <ul>
                {partnerships.map((edge) => {
                  const partner = other(edge);
                  return partner && (
                    <li key={edge.id}>
                      <Link to={`/acteurs/${partner.entityId}`}>{partner.label}</Link> : {t.partnershipLine(edge.tool ?? '', edge.intensity ?? 1)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {linkedActors.length > 0 && (
            <>
              <h4>{node.type === 'contact' ? t.organisation : t.linkedActors}</h4>
              <ul>
                {linkedActors.map((actor) => <li key={actor.id}><Link to={`/acteurs/${actor.entityId}`}>{actor.label}</Link></li>)}
              </ul>
            </>
          )}
          {linkedOthers.length > 0 && (
            <ul>
              {linkedOthers.map((n) => (
                <li key={n.id}>
                  {n.type === 'opportunity' ? <Link to={`/opportunites/${n.entityId}`}>{n.label}</Link> : n.label}{' '}
                  <span className="muted">({kindLabel(n, language) || t.contact})</span>
                </li>
              ))}
            </ul>
          )}
          <p className="row">
            {node.type === 'actor' && <Link className="button" to={`/acteurs/${node.entityId}`}>{t.openActor}</Link>}
            {node.type === 'opportunity' && <Link className="button" to={`/opportunites/${node.entityId}`}>{t.openOpportunity}</Link>}
            <button type="button" className="secondary" onClick={onClose}>{t.unselect}</button>
          </p>
        </>
      )}
    </section>
  );
}
