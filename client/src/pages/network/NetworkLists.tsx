/**
 * What the graph shows, as lists and a table anyone can read and reach with the keyboard: the hubs,
 * the isolated actors (priority targets), and every actor with its centrality.
 */
import { Link } from 'react-router';
import { isolatedActors, rankHubs, type Centrality, type Measure } from '../../components/network/centrality';
import { partnershipDegrees, type NetworkGraph } from '../../components/network/graph';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { formatMeasure, kindLabel } from './format';
import { PAGE_MESSAGES } from './messages';

interface Props {
  graph: NetworkGraph;
  centrality: ReadonlyMap<string, Centrality>;
  measure: Measure;
}

const ZERO: Centrality = { degree: 0, strength: 0, betweenness: 0 };

export function HubsList({ graph, centrality, measure }: Props) {
  const t = useMessages(PAGE_MESSAGES);
  const { language } = useLanguage();
  const hubs = rankHubs(graph, centrality, measure, 10);
  return (
    <section className="network-panel" aria-labelledby="network-hubs">
      <h2 id="network-hubs">{t.hubsTitle}</h2>
      <p className="muted">{t.hubsIntro}</p>
      {hubs.length === 0 ? <p className="state">{t.noHubs}</p> : (
        <ol className="network-ranking">
          {hubs.map(({ node, centrality: c }) => (
            <li key={node.id}>
              <Link to={`/acteurs/${node.entityId}`}>{node.label}</Link>{' '}
              <span className="muted">({kindLabel(node, language)}) : {t.value(measure, formatMeasure(measure, c[measure], language))}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function IsolatedList({ graph }: Pick<Props, 'graph'>) {
  const t = useMessages(PAGE_MESSAGES);
  const { language } = useLanguage();
  const isolated = isolatedActors(graph);
  return (
    <section className="network-panel" aria-labelledby="network-isolated">
      <h2 id="network-isolated">{t.isolatedTitle}</h2>
      <p className="muted">{t.isolatedIntro}</p>
      {isolated.length === 0 ? <p className="state">{t.noIsolated}</p> : (
        <ul className="network-isolated">
          {isolated.map((node) => (
            <li key={node.id}>
              <Link to={`/acteurs/${node.entityId}`}>{node.label}</Link> <span className="muted">({kindLabel(node, language)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActorsTable({ graph, centrality, measure, onShow }: Props & { onShow(nodeId: string): void }) {
  const t = useMessages(PAGE_MESSAGES);
  const { language } = useLanguage();
  const partnerships = partnershipDegrees(graph);
  const actors = graph.nodes
    .filter((n) => n.type === 'actor')
    .map((node) => ({ node, c: centrality.get(node.id) ?? ZERO }))
    .sort((a, b) => b.c[measure] - a.c[measure] || a.node.label.localeCompare(b.node.label, language));
  return (
    <details className="network-table">
      <summary>{t.tableTitle(actors.length)}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.actor}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col" className="number">{t.partnerships}</th>
              <th scope="col" className="number">{t.degree}</th>
              <th scope="col" className="number">{t.strength}</th>
              <th scope="col" className="number">{t.betweenness}</th>
              <th scope="col"><span className="visually-hidden">{t.show}</span></th>
            </tr>
          </thead>
          <tbody>
            {actors.map(({ node, c }) => (
              <tr key={node.id}>
                <th scope="row">
                  <Link to={`/acteurs/${node.entityId}`}>{node.label}</Link>
                  {node.outside && <span className="muted"> ({t.outside})</span>}
                </th>
                <td>{kindLabel(node, language)}</td>
                <td className="number">{partnerships.get(node.id) ?? 0}</td>
                <td className="number">{formatMeasure('degree', c.degree, language)}</td>
                <td className="number">{formatMeasure('strength', c.strength, language)}</td>
                <td className="number">{formatMeasure('betweenness', c.betweenness, language)}</td>
                <td>
                  <button type="button" className="secondary small" aria-label={t.showLabel(node.label)} onClick={() => onShow(node.id)}>{t.show}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
