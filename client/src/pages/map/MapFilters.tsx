/** Filters of the map: kinds of actors, levels of collectivités, themes, kinds of opportunities, choropleth. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KIND_COLOURS, ACTOR_KINDS, COLLECTIVITY_LEVELS, OPPORTUNITY_KINDS, label } from '../../ui/labels';
import { ALL_ACTOR_KINDS, ALL_LEVELS, ALL_OPPORTUNITY_KINDS, type MapState } from './mapState';
import { MAP_MESSAGES } from './messages';

export interface MapFiltersProps {
  state: MapState;
  tilesAvailable: boolean;
  onChange(patch: Partial<MapState>): void;
}

function toggle<T>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = new Set(values);
  if (on) next.add(value);
  else next.delete(value);
  return order.filter((item) => next.has(item));
}

export function MapFilters({ state, tilesAvailable, onChange }: MapFiltersProps) {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const id = useId();
  const themesKey = state.themes.join(', ');
  const [themes, setThemes] = useState(themesKey);
  useEffect(() => setThemes(themesKey), [themesKey]);
  const applyThemes = (event: FormEvent) => {
    event.preventDefault();
    const list = themes.split(',').map((theme) => theme.trim().toLocaleLowerCase('fr-FR')).filter(Boolean);
    onChange({ themes: [...new Set(list)] });
  };
  const collectivities = state.kinds.includes('COLLECTIVITY');

  return (
    <div className="map-filters">
      <fieldset>
        <legend>{t.kinds}</legend>
        <ul className="map-checks">
          {ALL_ACTOR_KINDS.map((kind) => (
            <li key={kind}>
              <input
                id={`${id}-kind-${kind}`}
                type="checkbox"
                checked={state.kinds.includes(kind)}
                onChange={(event) => onChange({ kinds: toggle(state.kinds, kind, event.target.checked, ALL_ACTOR_KINDS) })}
              />
              <label htmlFor={`${id}-kind-${kind}`}>
                <span className="map-swatch" style={{ background: ACTOR_KIND_COLOURS[kind] }} aria-hidden="true" />
                {label(ACTOR_KINDS, kind, language)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset disabled={!collectivities} aria-describedby={`${id}-levels-hint`}>
        <legend>{t.levels}</legend>
        <p id={`${id}-levels-hint`} className="map-hint">{t.levelsHint}</p>
        <ul className="map-checks">
          {ALL_LEVELS.map((level) => (
            <li key={level}>
              <input
                id={`${id}-level-${level}`}
                type="checkbox"
                checked={collectivities && state.levels.includes(level)}
                onChange={(event) => onChange({ levels: toggle(state.levels, level, event.target.checked, ALL_LEVELS) })}
              />
              <label htmlFor={`${id}-level-${level}`}>{label(COLLECTIVITY_LEVELS, level, language)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <form className="map-themes" onSubmit={applyThemes}>
        <label htmlFor={`${id}-themes`}>{t.themes}</label>
        <p id={`${id}-themes-hint`} className="map-hint">{t.themesHint}</p>
        <div className="row">
          <input id={`${id}-themes`} type="text" value={themes} aria-describedby={`${id}-themes-hint`} onChange={(event) => setThemes(event.target.value)} />
          <button type="submit" className="secondary">{t.applyThemes}</button>
        </div>
        {state.themes.length > 0 && (
          <ul className="map-chips">
            {state.themes.map((theme) => (
              <li key={theme}>
                {theme}{' '}
                <button type="button" className="map-chip-remove" aria-label={t.removeTheme(theme)} onClick={() => onChange({ themes: state.themes.filter((item) => item !== theme) })}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </form>
      <fieldset aria-describedby={`${id}-opp-hint`}>
        <legend>{t.oppKinds}</legend>
        <p id={`${id}-opp-hint`} className="map-hint">{t.oppKindsHint}</p>
        <ul className="map-checks">
          {ALL_OPPORTUNITY_KINDS.map((kind) => (
            <li key={kind}>
              <input
                id={`${id}-opp-${kind}`}
                type="checkbox"
                checked={state.oppKinds.includes(kind)}
                onChange={(event) => onChange({ oppKinds: toggle(state.oppKinds, kind, event.target.checked, ALL_OPPORTUNITY_KINDS) })}
              />
              <label htmlFor={`${id}-opp-${kind}`}>{label(OPPORTUNITY_KINDS, kind, language)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t.choropleth}</legend>
        <ul className="map-checks">
          {([[null, t.choroplethNone], ['actors', t.choroplethActors], ['opportunities', t.choroplethOpportunities]] as const).map(([value, text]) => (
            <li key={value ?? 'none'}>
              <input id={`${id}-choropleth-${value ?? 'none'}`} type="radio" name={`${id}-choropleth`} checked={state.choropleth === value} onChange={() => onChange({ choropleth: value })} />
              <label htmlFor={`${id}-choropleth-${value ?? 'none'}`}>{text}</label>
            </li>
          ))}
        </ul>
        {tilesAvailable && (
          <p>
            <input id={`${id}-tiles`} type="checkbox" checked={state.tiles} onChange={(event) => onChange({ tiles: event.target.checked })} />{' '}
            <label htmlFor={`${id}-tiles`}>{t.tiles}</label>
          </p>
        )}
      </fieldset>
    </div>
  );
}
