/**
 * Région and département selects, fed by the API's collectivités (codes from identifiers.insee).
 * Shared by the search and contacts pages; the départements follow the chosen région.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useMessages, type Messages } from '../../i18n/i18n';

const REGIONS = graphql(`
  query TerritorySelectsRegions {
    actors(filter: { collectivityLevels: [REGION] }, first: 100) {
      nodes { id name identifiers { insee } territory { regionName } }
    }
  }
`);

// 101 départements: more than the 100 régions' page.
const DEPARTMENTS = graphql(`
  query TerritorySelectsDepartments {
    actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {
      nodes { id name identifiers { insee } territory { regionCode departmentName } }
    }
  }
`);

const MESSAGES: Messages<{ region: string; allRegions: string; department: string; allDepartments: string; unavailable: string }> = {
  fr: { region: 'Région', allRegions: 'Toutes les régions', department: 'Département', allDepartments: 'Tous les départements', unavailable: 'Liste indisponible pour le moment.' },
  en: { region: 'Region', allRegions: 'All regions', department: 'Département', allDepartments: 'All départements', unavailable: 'List unavailable right now.' },
};

export interface TerritoryChoice {
  region: string;
  departement: string;
}

/** Départements sort by code (01, 02… 2A, 2B… 976), as people know them. */
export function compareDepartmentCodes(a: string, b: string): number {
  const key = (code: string) => code.replace(/^2A$/, '20.1').replace(/^2B$/, '20.2');
  return Number(key(a)) - Number(key(b)) || a.localeCompare(b);
}

export function TerritorySelects({ idPrefix, value, onChange }: { idPrefix: string; value: TerritoryChoice; onChange(next: TerritoryChoice): void }) {
  const t = useMessages(MESSAGES);
  const regions = useQuery(REGIONS);
  const departments = useQuery(DEPARTMENTS);
  const regionOptions = (regions.data?.actors.nodes ?? [])
    // "Île-de-France" reads better in a list than the collectivité's name "Région Île-de-France".
    .flatMap((node) => (node.identifiers.insee ? [{ code: node.identifiers.insee, name: node.territory.regionName ?? node.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const departmentOptions = (departments.data?.actors.nodes ?? [])
    .filter((node) => !value.region || node.territory.regionCode === value.region)
    .flatMap((node) => (node.identifiers.insee ? [{ code: node.identifiers.insee, name: node.territory.departmentName ?? node.name, region: node.territory.regionCode ?? '' }] : []))
    .sort((a, b) => compareDepartmentCodes(a.code, b.code));

  const changeRegion = (region: string) => {
    const keep = departments.data?.actors.nodes.some((node) => node.identifiers.insee === value.departement && node.territory.regionCode === region);
    onChange({ region, departement: region && !keep ? '' : value.departement });
  };
  const changeDepartment = (departement: string) => {
    const region = departmentOptions.find((option) => option.code === departement)?.region;
    onChange({ region: value.region || !departement ? value.region : region ?? '', departement });
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-region`}>{t.region}</label>
        <select id={`${idPrefix}-region`} value={value.region} onChange={(event) => changeRegion(event.target.value)}>
          <option value="">{t.allRegions}</option>
          {/* Keeps a code from a shared URL visible while the list loads. */}
          {value.region && !regionOptions.some((option) => option.code === value.region) && <option value={value.region}>{value.region}</option>}
          {regionOptions.map((option) => (
            <option key={option.code} value={option.code}>{option.name}</option>
          ))}
        </select>
        {regions.error && <p className="field-error">{t.unavailable}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-department`}>{t.department}</label>
        <select id={`${idPrefix}-department`} value={value.departement} onChange={(event) => changeDepartment(event.target.value)}>
          <option value="">{t.allDepartments}</option>
          {value.departement && !departmentOptions.some((option) => option.code === value.departement) && <option value={value.departement}>{value.departement}</option>}
          {departmentOptions.map((option) => (
            <option key={option.code} value={option.code}>{`${option.code} — ${option.name}`}</option>
          ))}
        </select>
        {departments.error && <p className="field-error">{t.unavailable}</p>}
      </div>
    </>
  );
}
