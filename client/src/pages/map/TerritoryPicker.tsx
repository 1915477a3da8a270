/**
 * Choosing a territory: région and département selects fed by the API's collectivités, and a search
 * box for intercommunalités and communes. The choice goes to the URL through onSelect.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import type { MapState } from './mapState';
import { MAP_MESSAGES } from './messages';

const REGIONS = graphql(`
  query TerritoryPickerRegions {
    actors(filter: { collectivityLevels: [REGION] }, first: 100) {
      nodes { id name identifiers { insee } }
    }
  }
`);

const DEPARTMENTS = graphql(`
  query TerritoryPickerDepartments {
    actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {
      nodes { id name identifiers { insee } territory { regionCode } }
    }
  }
`);

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

/** Départements sort by code (01, 02… 2A, 2B… 976), as people know them. */
export function compareDepartmentCodes(a: string, b: string): number {
  const key = (code: string) => code.replace(/^2A$/, '20.1').replace(/^2B$/, '20.2');
  return Number(key(a)) - Number(key(b)) || a.localeCompare(b);
}

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
  const regions = useQuery(REGIONS);
  const departments = useQuery(DEPARTMENTS);
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  // Searching as one types, once typing pauses.
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text]);
  const places = useQuery(PLACES, { variables: { search }, skip: search.length < 2 });

  const regionOptions = (regions.data?.actors.nodes ?? [])
    .flatMap((node) => (node.identifiers.insee ? [{ code: node.identifiers.insee, name: node.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const departmentOptions = (departments.data?.actors.nodes ?? [])
    .filter((node) => !region || node.territory.regionCode === region)
    .flatMap((node) => (node.identifiers.insee ? [{ code: node.identifiers.insee, name: node.name }] : []))
    .sort((a, b) => compareDepartmentCodes(a.code, b.code));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim());
  };
  const results = search.length >= 2 ? places.data?.actors.nodes : undefined;

  return (
    <fieldset className="map-territory">
      <legend>{t.territory}</legend>
      <div className="map-field">
        <label htmlFor={`${id}-region`}>{t.region}</label>
        <select id={`${id}-region`} value={region} onChange={(event) => onSelect(event.target.value ? { level: 'region', code: event.target.value } : null)}>
          <option value="">{t.allRegions}</option>
          {region && !regionOptions.some((option) => option.code === region) && <option value={region}>{region}</option>}
          {regionOptions.map((option) => <option key={option.code} value={option.code}>{option.name}</option>)}
        </select>
        {regions.error && <p className="field-error">{t.listUnavailable}</p>}
      </div>
      <div className="map-field">
        <label htmlFor={`${id}-department`}>{t.department}</label>
        <select
          id={`${id}-department`}
          value={departement}
          onChange={(event) => onSelect(event.target.value ? { level: 'departement', code: event.target.value } : region ? { level: 'region', code: region } : null)}
        >
          <option value="">{t.allDepartments}</option>
          {departement && !departmentOptions.some((option) => option.code === departement) && <option value={departement}>{departement}</option>}
          {departmentOptions.map((option) => <option key={option.code} value={option.code}>{option.code} – {option.name}</option>)}
        </select>
        {departments.error && <p className="field-error">{t.listUnavailable}</p>}
      </div>
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
