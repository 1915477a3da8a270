/** The legend of a network graph: each kind drawn with its shape and colour, then named in words. */
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../ui/labels';
import { CONTACT_STYLE, OPPORTUNITY_STYLE, legendPoints, nodeAppearance, type Shape } from './appearance';
import type { NetworkGraph } from './graph';
import { NETWORK_MESSAGES } from './messages';

export function ShapeIcon({ shape, colour, border, dashed = false }: { shape: Shape; colour: string; border: string; dashed?: boolean }) {
  const stroke = { fill: colour, stroke: border, strokeWidth: dashed ? 2 : 1.5, strokeDasharray: dashed ? '3 2' : undefined };
  const points = legendPoints(shape);
  return (
    <svg className="network-shape" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {points ? <polygon points={points} {...stroke} />
        : shape === 'ellipse' ? <circle cx="10" cy="10" r="8.5" {...stroke} />
          : <rect x="1.5" y="3" width="17" height="14" rx={shape === 'round-rectangle' ? 4 : 0} {...stroke} />}
    </svg>
  );
}

export function NetworkLegend({ graph }: { graph: NetworkGraph }) {
  const t = useMessages(NETWORK_MESSAGES);
  const { language } = useLanguage();
  const kinds = [...new Set(graph.nodes.filter((n) => n.type === 'actor').map((n) => n.kind))].sort((a, b) => label(ACTOR_KINDS, a, language).localeCompare(label(ACTOR_KINDS, b, language), language));
  const has = (test: (type: string) => boolean) => graph.edges.some((e) => test(e.type));
  return (
    <div className="network-legend">
      <p className="network-legend-title">{t.legend}</p>
      <ul>
        {kinds.map((kind) => {
          const look = nodeAppearance({ type: 'actor', kind });
          return <li key={kind}><ShapeIcon {...look} />{label(ACTOR_KINDS, kind, language)}</li>;
        })}
        {graph.nodes.some((n) => n.type === 'contact') && <li><ShapeIcon {...CONTACT_STYLE} />{t.contact}</li>}
        {graph.nodes.some((n) => n.type === 'opportunity') && <li><ShapeIcon {...OPPORTUNITY_STYLE} />{t.opportunity}</li>}
        {graph.nodes.some((n) => n.outside) && <li><ShapeIcon shape="ellipse" colour="#ffffff" border="#1b1b1b" dashed />{t.outside}</li>}
        {has((type) => type === 'partnership') && <li><span className="network-line partnership" aria-hidden="true" />{t.partnershipEdge}</li>}
        {has((type) => type === 'contact') && <li><span className="network-line contact" aria-hidden="true" />{t.contactEdge}</li>}
        {has((type) => type === 'opportunity') && <li><span className="network-line opportunity" aria-hidden="true" />{t.opportunityEdge}</li>}
        {has((type) => type === 'hierarchy') && <li><span className="network-line hierarchy" aria-hidden="true" />{t.hierarchyEdge}</li>}
      </ul>
    </div>
  );
}
