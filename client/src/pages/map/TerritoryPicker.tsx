/**
 * Choosing a territory: the shared région and département selects, and a search box for
 * intercommunalités and communes. The choice goes to the URL through onSelect.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { TerritorySelects } from '../../ui/TerritorySelects';
import type { MapState } from './mapState';
import { MAP_MESSAGES } from './messages';

const PLACES = graphql(`
  query TerritoryPickerPlaces($search: String!) {
    actors(filter: { search: $search, collectivityLevels: [EPCI, COMMUNE] }, first: 8) {
      nodes {
        id
        name
        collectivityLevel
        identifiers { insee siren }
        territory { epciCode communeCode departmentCode departmentName }
      }
    }
  }
`);

export interface TerritoryPickerProps {
  /** Codes of the région and département the current territory lies in. */
  region: string;
  departement: string;
  onSelect(territory: MapState['territory']): void;
}

export function TerritoryPicker({ region, departement, onSelect }: TerritoryPickerProps) {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Searching as one types, once typing pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const places = useQuery(PLACES, { variables: { search }, skip: search.length < 2 });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim());
  };
  const results = search.length >= 2 ? places.data?.actors.nodes : undefined;

  return (
    <fieldset className="map-territory">
      <legend>{t.territory}</legend>
      <TerritorySelects
        idPrefix={id}
        fieldClassName="map-field"
        region={region}
        department={departement}
        onChange={(next, changed) => {
          // A région chosen replaces the département; a département cleared leaves its région.
          if (changed === 'department' && next.department) onSelect({ level: 'departement', code: next.department });
          else onSelect(next.region ? { level: 'region', code: next.region } : null);
        }}
      />
      <form role="search" className="map-field map-place" onSubmit={submit}>
        <label htmlFor={`${id}-place`}>{t.place}</label>
        <p id={`${id}-place-hint`} className="map-hint">{t.placeHint}</p>
        <div className="row">
          <input id={`${id}-place`} type="search" value={text} aria-describedby={`${id}-place-hint`} onChange={(event) => setText(event.target.value)} autoComplete="off" />
          <button type="submit" className="secondary">{t.placeSearch}</button>
        </div>
        <p className="visually-hidden" role="status">{results ? (results.length ? t.placeResults(results.length) : t.placeNoMatch) : ''}</p>
        {places.error && <p className="field-error">{t.listUnavailable}</p>}
        {results && results.length === 0 && <p className="map-hint">{t.placeNoMatch}</p>}
        {results && results.length > 0 && (
          <ul className="map-places">
            {results.map((place) => {
              const isEpci = place.collectivityLevel === 'EPCI';
              const code = isEpci ? place.identifiers.siren ?? place.territory.epciCode : place.identifiers.insee ?? place.territory.communeCode;
              if (!code) return null;
              return (
                <li key={place.id}>
                  <button
                    type="button"
                    className="map-place-choice"
                    onClick={() => {
                      onSelect({ level: isEpci ? 'epci' : 'commune', code });
                      setText('');
                      setSearch('');
                    }}
                  >
                    {place.name}
                    <span className="map-place-meta">
                      {label(COLLECTIVITY_LEVELS, place.collectivityLevel, language)}
                      {place.territory.departmentName ? ` · ${place.territory.departmentName}` : ''}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </form>
    </fieldset>
  );
}
