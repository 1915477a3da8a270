/**
 * Territoire: the map of France with its actors (clustered markers coloured by kind), an optional
 * choropleth per département, and a side panel listing what is in view, the open opportunities and
 * the contacts of the chosen territory. Everything chosen lives in the URL.
 */
import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { ErrorMessage, Loading } from '../../ui/states';
import { featureBounds, loadBoundaries, type FranceBoundaries } from './boundaries';
import { choroplethClasses, countsByCode } from './choropleth';
import { actorsInBox, panelOrder, type Box, type LocatedActor } from './clusters';
import { MapFilters } from './MapFilters';
import { MapLegend } from './MapLegend';
import { actorFilters, contactFilter, opportunityFilter, parseMapState, writeMapState, type MapState } from './mapState';
import { FRANCE_BOUNDS, MapView, type ChoroplethData, type MapViewProps } from './MapView';
import { MAP_MESSAGES } from './messages';
import { SidePanel } from './SidePanel';
import { TerritoryPicker } from './TerritoryPicker';
import './map.css';

/** The API's ceiling: a whole-France view with communes holds about 36,000 actors. */
const LOCATION_LIMIT = 50_000;

const LOCATIONS = graphql(`
  query MapPageLocations($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!, $limit: Int!) {
    others: actorLocations(filter: $others, limit: $limit) @include(if: $withOthers) { id kind collectivityLevel name latitude longitude }
    collectivities: actorLocations(filter: $collectivities, limit: $limit) @include(if: $withCollectivities) { id kind collectivityLevel name latitude longitude }
  }
`);

const ACTOR_COUNTS = graphql(`
  query MapPageActorCounts($others: ActorFilter, $collectivities: ActorFilter, $withOthers: Boolean!, $withCollectivities: Boolean!) {
    others: actorCountsByDepartment(filter: $others) @include(if: $withOthers) { code count }
    collectivities: actorCountsByDepartment(filter: $collectivities) @include(if: $withCollectivities) { code count }
  }
`);

const OPPORTUNITY_COUNTS = graphql(`
  query MapPageOpportunityCounts($filter: OpportunityFilter) {
    opportunityCountsByDepartment(filter: $filter) { code count }
  }
`);

const PLACE = graphql(`
  query MapPagePlace($filter: ActorFilter!) {
    actors(filter: $filter, first: 1) {
      nodes {
        id
        name
        collectivityLevel
        location { latitude longitude }
        territory { regionCode departmentCode departmentName }
      }
    }
  }
`);

const TILES = import.meta.env.VITE_TILE_URL
  ? { url: String(import.meta.env.VITE_TILE_URL), attribution: String(import.meta.env.VITE_TILE_ATTRIBUTION ?? '') }
  : null;

type Bounds = [[number, number], [number, number]];

function boundsOf(actors: readonly LocatedActor[]): Bounds | null {
  if (!actors.length) return null;
  let south = 90, west = 180, north = -90, east = -180;
  for (const a of actors) {
    south = Math.min(south, a.latitude); north = Math.max(north, a.latitude);
    west = Math.min(west, a.longitude); east = Math.max(east, a.longitude);
  }
  const pad = 0.08;
  return [[south - pad, west - pad], [north + pad, east + pad]];
}

export function MapPage() {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const hintId = useId();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const state = useMemo(() => parseMapState(new URLSearchParams(paramsKey)), [paramsKey]);
  const stateRef = useRef(state);
  stateRef.current = state;

  const update = useCallback((patch: Partial<MapState>, options?: { replace?: boolean }) => {
    const next = { ...stateRef.current, ...patch };
    // A new territory is looked at as a whole: the previous pan/zoom no longer applies.
    if ('territory' in patch) next.view = null;
    setParams(writeMapState(next), { replace: options?.replace ?? false, flushSync: true });
  }, [setParams]);

  // The outlines are a separate chunk, fetched with the page.
  const [boundaries, setBoundaries] = useState<FranceBoundaries | null>(null);
  const [boundariesError, setBoundariesError] = useState<Error | null>(null);
  useEffect(() => {
    let live = true;
    loadBoundaries().then((b) => live && setBoundaries(b), (error: Error) => live && setBoundariesError(error));
    return () => { live = false; };
  }, []);

  const territory = state.territory;
  const placeQuery = useQuery(PLACE, {
    variables: {
      filter: territory?.level === 'epci' ? { epciCode: territory.code, collectivityLevels: ['EPCI'] } : { communeCode: territory?.code, collectivityLevels: ['COMMUNE'] },
    },
    skip: territory?.level !== 'epci' && territory?.level !== 'commune',
  });
  const place = territory?.level === 'epci' || territory?.level === 'commune' ? placeQuery.data?.actors.nodes[0] ?? null : null;

  const department = territory?.level === 'departement' ? boundaries?.departments.features.find((f) => f.properties.code === territory.code) : undefined;
  const region = territory?.level === 'region' ? boundaries?.regions.features.find((f) => f.properties.code === territory.code) : undefined;
  const regionCode = territory?.level === 'region' ? territory.code : department?.properties.region ?? place?.territory.regionCode ?? '';
  const departmentCode = territory?.level === 'departement' ? territory.code : place?.territory.departmentCode ?? '';
  const placeName = !territory ? t.allFrance
    : territory.level === 'departement' ? (department ? `${department.properties.name} (${territory.code})` : territory.code)
      : territory.level === 'region' ? region?.properties.name ?? territory.code
        : place?.name ?? territory.code;

  // Markers: organisations and collectivités are asked for separately (the API ANDs kinds and levels).
  const filters = actorFilters(state);
  const locations = useQuery(LOCATIONS, {
    variables: {
      others: filters.others, collectivities: filters.collectivities,
      withOthers: Boolean(filters.others), withCollectivities: Boolean(filters.collectivities), limit: LOCATION_LIMIT,
    },
    skip: !filters.others && !filters.collectivities,
    // Tens of thousands of narrow rows: kept as they come rather than normalised into the cache.
    fetchPolicy: 'no-cache',
  });
  const locationData = locations.data ?? locations.previousData;
  const anyActors = Boolean(filters.others || filters.collectivities);
  const actors = useMemo<LocatedActor[]>(
    () => (anyActors ? [...(locationData?.others ?? []), ...(locationData?.collectivities ?? [])].sort(panelOrder) : []),
    [locationData, anyActors],
  );
  const truncated = (locationData?.others?.length ?? 0) >= LOCATION_LIMIT || (locationData?.collectivities?.length ?? 0) >= LOCATION_LIMIT;

  // Choropleth over the whole of France, whatever the territory.
  const countFilters = actorFilters(state, false);
  const actorCounts = useQuery(ACTOR_COUNTS, {
    variables: { others: countFilters.others, collectivities: countFilters.collectivities, withOthers: Boolean(countFilters.others), withCollectivities: Boolean(countFilters.collectivities) },
    skip: state.choropleth !== 'actors' || (!countFilters.others && !countFilters.collectivities),
  });
  const opportunityCounts = useQuery(OPPORTUNITY_COUNTS, {
    variables: { filter: { ...opportunityFilter({ ...state, territory: null }, null) } },
    skip: state.choropleth !== 'opportunities',
  });
  const choropleth = useMemo<ChoroplethData | null>(() => {
    const what = state.choropleth;
    if (!what) return null;
    const counts = what === 'actors'
      ? countsByCode(actorCounts.data?.others ?? undefined, actorCounts.data?.collectivities ?? undefined)
      : countsByCode(opportunityCounts.data?.opportunityCountsByDepartment);
    return { counts, classes: choroplethClasses([...counts.values()]), describe: (name, code, count) => t.departmentTooltip(name, code, count, what) };
  }, [state.choropleth, actorCounts.data, opportunityCounts.data, t]);

  // What the map looks at when the territory changes.
  const lastFit = useRef<MapViewProps['fit']>({ key: 'france', bounds: FRANCE_BOUNDS });
  const fit = useMemo<MapViewProps['fit']>(() => {
    if (!territory) return { key: 'france', bounds: FRANCE_BOUNDS };
    const key = `${territory.level}:${territory.code}`;
    if (department) return { key, bounds: featureBounds(department) };
    if (region) return { key, bounds: featureBounds(region) };
    if ((territory.level === 'epci' || territory.level === 'commune') && place && locations.data) {
      const around = boundsOf(actors) ?? (place.location ? boundsOf([{ id: '', kind: '', name: '', ...place.location }]) : null);
      if (around) return { key, bounds: around };
    }
    return lastFit.current;
  }, [territory, department, region, place, locations.data, actors]);
  lastFit.current = fit;

  const [box, setBox] = useState<Box | null>(null);
  const inView = useMemo(() => (box ? actorsInBox(actors, box) : []), [actors, box]);

  const scopeDepartment = departmentCode || null;
  const needsDepartment = territory?.level === 'epci' || territory?.level === 'commune';
  const oppFilter = needsDepartment && territory?.level === 'epci' && !scopeDepartment ? null : opportunityFilter(state, scopeDepartment);
  const peopleFilter = needsDepartment && !scopeDepartment ? null : contactFilter(state, scopeDepartment);
  const listParams = (kinds?: string) => {
    const out = new URLSearchParams();
    if (territory?.level === 'region') out.set('region', territory.code);
    else if (scopeDepartment) out.set('departement', scopeDepartment);
    if (kinds) out.set('kinds', kinds);
    const query = out.toString();
    return query ? `?${query}` : '';
  };
  const opportunitiesHref = `/opportunites${listParams(state.oppKinds.join(','))}`;
  const contactsHref = `/interlocuteurs${listParams()}`;

  const shownKinds = state.kinds.filter((kind) => kind !== 'COLLECTIVITY' || state.levels.length > 0);
  const kindLabel = useCallback((actor: LocatedActor) => (actor.kind === 'COLLECTIVITY' && actor.collectivityLevel
    ? label(COLLECTIVITY_LEVELS, actor.collectivityLevel, language)
    : label(ACTOR_KINDS, actor.kind, language)), [language]);
  const texts = useMemo(() => ({ clusterTitle: t.clusterTitle, kindLabel, zoomIn: t.zoomIn, zoomOut: t.zoomOut, attribution: t.attribution }), [t, kindLabel]);
  const highlight = useMemo(() => (territory?.level === 'region' || territory?.level === 'departement' ? { level: territory.level, code: territory.code } : null), [territory]);
  const onViewChange = useCallback((view: MapState['view']) => update({ view }, { replace: true }), [update]);

  return (
    <div className="map-page">
      <h1>{t.title} <span className="map-place-name">– {placeName}</span></h1>
      <p className="lead">{t.intro}</p>
      {(territory || state.q) && (
        <p className="map-current">
          {state.q && (
            <span className="map-chip">
              {t.search(state.q)}{' '}
              <button type="button" className="map-chip-remove" aria-label={t.clearSearch} onClick={() => update({ q: '' })}><span aria-hidden="true">×</span></button>
            </span>
          )}
          {territory && <button type="button" className="secondary" onClick={() => update({ territory: null })}>{t.clearTerritory}</button>}
        </p>
      )}
      <section className="map-controls" aria-labelledby="map-filters-title">
        <h2 id="map-filters-title" className="visually-hidden">{t.filters}</h2>
        <TerritoryPicker region={regionCode} departement={departmentCode} onSelect={(next) => update({ territory: next })} />
        <details className="map-more-filters">
          <summary>{t.moreFilters}</summary>
          <MapFilters state={state} tilesAvailable={Boolean(TILES)} onChange={(patch) => update(patch)} />
        </details>
      </section>
      <div className="map-layout">
        <div className="map-main">
          <p id={hintId} className="visually-hidden">{t.mapHint}</p>
          {boundariesError ? <ErrorMessage error={boundariesError} /> : !boundaries ? <Loading /> : (
            <MapView
              boundaries={boundaries}
              actors={actors}
              highlight={highlight}
              choropleth={choropleth}
              fit={fit}
              view={state.view}
              tiles={state.tiles ? TILES : null}
              label={t.mapLabel(placeName)}
              describedBy={hintId}
              texts={texts}
              onViewChange={onViewChange}
              onBoundsChange={setBox}
              onNavigate={(href) => navigate(href)}
            />
          )}
          {locations.error && <ErrorMessage error={locations.error} onRetry={() => void locations.refetch()} />}
          {(actorCounts.error || opportunityCounts.error) && <ErrorMessage error={(actorCounts.error ?? opportunityCounts.error)!} />}
          <p className="map-count" role="status">
            {locations.loading ? t.loadingMap : t.located(actors.length)}
            {truncated ? ` ${t.truncated(LOCATION_LIMIT)}` : ''}
          </p>
          <section aria-labelledby="map-legend-title">
            <h2 id="map-legend-title">{t.legend}</h2>
            <MapLegend kinds={shownKinds} choropleth={choropleth && state.choropleth ? { what: state.choropleth, classes: choropleth.classes } : null} />
          </section>
        </div>
        <SidePanel
          inView={inView}
          total={actors.length}
          placeName={placeName}
          opportunityFilter={oppFilter}
          contactFilter={peopleFilter}
          opportunitiesHref={opportunitiesHref}
          contactsHref={contactsHref}
          loadingActors={locations.loading && !locationData}
        />
      </div>
    </div>
  );
}
