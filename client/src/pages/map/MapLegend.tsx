/** The map's legend: kinds named beside their colour, how clusters read, the choropleth's classes. */
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KIND_COLOURS, ACTOR_KINDS, label } from '../../ui/labels';
import { NONE_COLOUR, type ChoroplethClass } from './choropleth';
import { kindRing } from './clusters';
import { MAP_MESSAGES } from './messages';

export interface MapLegendProps {
  kinds: readonly string[];
  choropleth: { what: 'actors' | 'opportunities'; classes: readonly ChoroplethClass[] } | null;
}

export function MapLegend({ kinds, choropleth }: MapLegendProps) {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const sample = Object.fromEntries(kinds.map((kind) => [kind, 1]));
  return (
    <div className="map-legend">
      <h3>{t.legendKinds}</h3>
      <ul className="map-legend-kinds">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className="map-dot" style={{ background: ACTOR_KIND_COLOURS[kind] }} aria-hidden="true" />
            {label(ACTOR_KINDS, kind, language)}
          </li>
        ))}
      </ul>
      <p className="map-legend-clusters">
        <span className="map-cluster map-cluster--small" style={{ background: kindRing(sample) }} aria-hidden="true"><span>12</span></span>
        {t.legendClusters}
      </p>
      {choropleth && (
        <>
          <h3>{t.legendChoropleth(choropleth.what)}</h3>
          <ul className="map-legend-classes">
            <li><span className="map-box" style={{ background: NONE_COLOUR }} aria-hidden="true" />{t.legendNone}</li>
            {choropleth.classes.map((c) => (
              <li key={c.min}><span className="map-box" style={{ background: c.colour }} aria-hidden="true" />{t.legendRange(c.min, c.max)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
