/**
 * Région and département selects, fed by the API's collectivités (codes from identifiers.insee).
 * One place for every page that filters by territory: the départements follow the chosen région,
 * and choosing a département fills in its région. `useTerritoryOptions` gives the same lists to
 * pages that lay them out differently.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../gql';
import { useMessages, type Messages } from '../i18n/i18n';

// 101 départements: more than the 100 régions' page.
const TerritorySelectsQuery = graphql(`
  query TerritorySelectsOptions {
    regions: actors(filter: { collectivityLevels: [REGION] }, first: 100) {
      nodes { id name identifiers { insee } territory { regionName } }
    }
    departments: actors(filter: { collectivityLevels: [DEPARTMENT] }, first: 200) {
      nodes { id name identifiers { insee } territory { regionCode departmentName } }
    }
  }
`);

const MESSAGES: Messages<{ region: string; allRegions: string; department: string; allDepartments: string; unavailable: string }> = {
  fr: { region: 'Région', allRegions: 'Toutes les régions', department: 'Département', allDepartments: 'Tous les départements', unavailable: 'Liste indisponible pour le moment.' },
  en: { region: 'Region', allRegions: 'All regions', department: 'Département', allDepartments: 'All départements', unavailable: 'List unavailable right now.' },
};

export interface RegionOption { code: string; name: string }
export interface DepartmentOption { code: string; name: string; region: string }

/** Départements sort by code (01, 02… 2A, 2B… 976), as people know them. */
export function compareDepartmentCodes(a: string, b: string): number {
  const key = (code: string) => code.replace(/^2A$/, '20.1').replace(/^2B$/, '20.2');
  return Number(key(a)) - Number(key(b)) || a.localeCompare(b);
}

/** Every région (by name) and département (by code), with the query's state. */
export function useTerritoryOptions() {
  const { data, loading, error, refetch } = useQuery(TerritorySelectsQuery);
  const options = useMemo(() => ({
    regions: (data?.regions.nodes ?? [])
      // "Île-de-France" reads better in a list than the collectivité's name "Région Île-de-France".
      .flatMap((node): RegionOption[] => (node.identifiers.insee ? [{ code: node.identifiers.insee, name: node.territory.regionName ?? node.name }] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    departments: (data?.departments.nodes ?? [])
      .flatMap((node): DepartmentOption[] => (node.identifiers.insee
        ? [{ code: node.identifiers.insee, name: node.territory.departmentName ?? node.name, region: node.territory.regionCode ?? '' }]
        : []))
      .sort((a, b) => compareDepartmentCodes(a.code, b.code)),
  }), [data]);
  return { ...options, loading, error, refetch };
}

export interface TerritoryValue {
  /** INSEE code of a région, or ''. */
  region: string;
  /** INSEE code of a département, or ''. */
  department: string;
}

export interface TerritorySelectsProps extends TerritoryValue {
  /** Which select changed tells a page that treats them differently (the map) what was chosen. */
  onChange(next: TerritoryValue, changed: 'region' | 'department'): void;
  /** The selects' ids are `${idPrefix}-region` and `${idPrefix}-department`. */
  idPrefix: string;
  /** Class of each label + select wrapper, for the page's layout. */
  fieldClassName?: string;
}

export function TerritorySelects({ region, department, onChange, idPrefix, fieldClassName = 'field' }: TerritorySelectsProps) {
  const t = useMessages(MESSAGES);
  const options = useTerritoryOptions();
  const departmentOptions = options.departments.filter((option) => !region || option.region === region);

  const changeRegion = (next: string) => {
    const keep = options.departments.some((option) => option.code === department && option.region === next);
    onChange({ region: next, department: next && !keep ? '' : department }, 'region');
  };
  const changeDepartment = (next: string) => {
    const nextRegion = departmentOptions.find((option) => option.code === next)?.region;
    onChange({ region: region || !next ? region : nextRegion ?? '', department: next }, 'department');
  };

  return (
    <>
      <div className={fieldClassName}>
        <label htmlFor={`${idPrefix}-region`}>{t.region}</label>
        <select id={`${idPrefix}-region`} value={region} onChange={(event) => changeRegion(event.target.value)}>
          <option value="">{t.allRegions}</option>
          {/* Keeps a code from a shared URL visible while the list loads. */}
          {region && !options.regions.some((option) => option.code === region) && <option value={region}>{region}</option>}
          {options.regions.map((option) => (
            <option key={option.code} value={option.code}>{option.name}</option>
          ))}
        </select>
        {options.error && <p className="field-error">{t.unavailable}</p>}
      </div>
      <div className={fieldClassName}>
        <label htmlFor={`${idPrefix}-department`}>{t.department}</label>
        <select id={`${idPrefix}-department`} value={department} onChange={(event) => changeDepartment(event.target.value)}>
          <option value="">{t.allDepartments}</option>
          {department && !departmentOptions.some((option) => option.code === department) && <option value={department}>{department}</option>}
          {departmentOptions.map((option) => (
            <option key={option.code} value={option.code}>{`${option.code} — ${option.name}`}</option>
          ))}
        </select>
        {options.error && <p className="field-error">{t.unavailable}</p>}
      </div>
    </>
  );
}
