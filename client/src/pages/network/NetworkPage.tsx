/**
 * Écosystème: the graph of a région's or département's actors, joined by their partnerships, with
 * their contacts and open opportunities; node size by centrality; hubs and isolated actors listed
 * beside it; exports as PNG, JSON and CSV. Every choice lives in the URL.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { MEASURES, computeCentrality, nodeSizes, type Measure } from '../../components/network/centrality';
import { download, fileStem, graphExport, nodesCsv } from '../../components/network/exports';
import { buildGraph, inTerritory, NetworkGraphActorFragment } from '../../components/network/graph';
import { NetworkCanvas, type CanvasController } from '../../components/network/NetworkCanvas';
import { NetworkLegend } from '../../components/network/NetworkLegend';
import { getFragmentData, graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { useTerritoryOptions } from '../../ui/TerritorySelects';
import { PAGE_MESSAGES } from './messages';
import { ActorsTable, HubsList, IsolatedList } from './NetworkLists';
import { NodeDetails } from './NodeDetails';
import { ORGANISATION_KINDS, readParams, writeParams, type NetworkParams } from './params';
import './NetworkPage.css';

const TerritoryQuery = graphql(`
  query NetworkTerritory($regionCode: String, $departmentCode: String, $withCollectivities: Boolean!, $withCommunes: Boolean!) {
    organisations: actors(
      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [LAB, UNIVERSITY, ASSOCIATION, SATT, POLE, PUBLIC_BODY, COMPANY] }
      first: 1000
    ) {
      totalCount
      nodes { id ...NetworkGraph_actor }
    }
    collectivities: actors(
      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [REGION, DEPARTMENT, EPCI] }
      first: 1000
    ) @include(if: $withCollectivities) {
      totalCount
      nodes { id ...NetworkGraph_actor }
    }
    communes: actors(
      filter: { regionCode: $regionCode, departmentCode: $departmentCode, kinds: [COLLECTIVITY], collectivityLevels: [COMMUNE] }
      first: 1000
    ) @include(if: $withCommunes) {
      totalCount
      nodes { id ...NetworkGraph_actor }
    }
  }
`);

export function NetworkPage() {
  const t = useMessages(PAGE_MESSAGES);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const update = (patch: Partial<NetworkParams>, replace = true) => setSearch(writeParams({ ...params, ...patch }), { replace });

  const territories = useTerritoryOptions();

  const territory = params.territory;
  const territoryName = useMemo(() => {
    if (!territory) return '';
    const list = territory.level === 'region' ? territories.regions : territories.departments;
    const found = list.find((o) => o.code === territory.code)?.name;
    return found ? `${found} (${territory.code})` : territory.code;
  }, [territory, territories.regions, territories.departments]);

  // Always from the API: partnerships are read without id (the same id is seen from both sides with
  // different partners), and copies normalised by other pages could be stale or point the wrong way.
  const { data, error, loading, refetch } = useQuery(TerritoryQuery, {
    skip: !territory,
    fetchPolicy: 'network-only',
    variables: {
      regionCode: territory?.level === 'region' ? territory.code : null,
      departmentCode: territory?.level === 'departement' ? territory.code : null,
      withCollectivities: params.collectivities,
      withCommunes: params.communes,
    },
  });

  const kindsKey = params.kinds.join(',');
  const model = useMemo(() => {
    if (!data || !territory) return null;
    const kinds = new Set(kindsKey.split(','));
    const organisations = getFragmentData(NetworkGraphActorFragment, data.organisations.nodes).filter((a) => kinds.has(a.kind));
    const collectivities = data.collectivities ? getFragmentData(NetworkGraphActorFragment, data.collectivities.nodes) : [];
    const communes = data.communes ? getFragmentData(NetworkGraphActorFragment, data.communes.nodes) : [];
    const graph = buildGraph([...organisations, ...collectivities, ...communes], {
      contacts: params.contacts, opportunities: params.opportunities,
      inside: (actor) => inTerritory(actor, territory.level, territory.code),
    });
    const truncated = [data.organisations, data.collectivities, data.communes]
      .filter((c): c is NonNullable<typeof c> => !!c)
      .reduce((acc, c) => ({ shown: acc.shown + c.nodes.length, total: acc.total + c.totalCount }), { shown: 0, total: 0 });
    return { graph, centrality: computeCentrality(graph), truncated };
  }, [data, territory, kindsKey, params.contacts, params.opportunities]);

  const sizes = useMemo(() => (model ? nodeSizes(model.centrality, params.measure) : new Map<string, number>()), [model, params.measure]);
  const canvas = useRef<CanvasController>(null);
  const [exportStatus, setExportStatus] = useState<{ text: string; error?: boolean } | null>(null);

  const stem = territory ? fileStem(`${territory.level}-${territory.code}`) : 'ecosysteme';
  const exportPng = async () => {
    try {
      if (!canvas.current) throw new Error('no canvas');
      download(await canvas.current.png(), `${stem}.png`);
      setExportStatus({ text: t.exported(`${stem}.png`) });
    } catch {
      setExportStatus({ text: t.exportFailed, error: true });
    }
  };
  const exportData = (format: 'json' | 'csv') => {
    if (!model) return;
    const content = graphExport(model.graph, model.centrality, territoryName);
    const name = `${stem}.${format}`;
    download(
      format === 'json'
        ? new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' })
        : new Blob(['\ufeff', nodesCsv(content)], { type: 'text/csv;charset=utf-8' }),
      name,
    );
    setExportStatus({ text: t.exported(name) });
  };

  const counts = model && {
    actors: model.graph.nodes.filter((n) => n.type === 'actor' && !n.outside).length,
    outside: model.graph.nodes.filter((n) => n.type === 'actor' && n.outside).length,
    partnerships: model.graph.edges.filter((e) => e.type === 'partnership').length,
    contacts: model.graph.nodes.filter((n) => n.type === 'contact').length,
    opportunities: model.graph.nodes.filter((n) => n.type === 'opportunity').length,
  };
  const selected = model && params.selected && model.graph.nodes.some((n) => n.id === params.selected) ? params.selected : null;
  const toggleKind = (kind: string, on: boolean) =>
    update({ kinds: on ? [...params.kinds, kind] : params.kinds.filter((k) => k !== kind), selected: null });

  return (
    <div className="network-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <form className="network-filters" aria-label={t.filters} onSubmit={(event) => event.preventDefault()}>
        <div className="network-territory">
          <label htmlFor="network-territory">{t.territory}</label>
          {territories.error ? <ErrorMessage error={territories.error} onRetry={() => void territories.refetch()} /> : (
            <select
              id="network-territory"
              value={territory ? `${territory.level}:${territory.code}` : ''}
              disabled={territories.loading}
              onChange={(event) => {
                const [level, code] = event.target.value.split(':');
                update({ territory: code ? { level: level as 'region' | 'departement', code } : null, selected: null }, false);
              }}
            >
              <option value="">{territories.loading ? common.loading : t.chooseTerritory}</option>
              <optgroup label={t.regions}>
                {territories.regions.map((o) => <option key={o.code} value={`region:${o.code}`}>{o.name} ({o.code})</option>)}
              </optgroup>
              <optgroup label={t.departments}>
                {territories.departments.map((o) => <option key={o.code} value={`departement:${o.code}`}>{o.code} – {o.name}</option>)}
              </optgroup>
            </select>
          )}
        </div>
        <fieldset>
          <legend>{t.kinds}</legend>
          {ORGANISATION_KINDS.map((kind) => (
            <label key={kind} className="check">
              <input type="checkbox" checked={params.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
              {label(ACTOR_KINDS, kind, language)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.include}</legend>
          <label className="check">
            <input type="checkbox" checked={params.collectivities} onChange={(e) => update({ collectivities: e.target.checked, selected: null })} />
            {t.collectivities}
          </label>
          <label className="check">
            <input type="checkbox" checked={params.communes} onChange={(e) => update({ communes: e.target.checked, selected: null })} />
            {t.communes} <span className="muted">{t.communesHint}</span>
          </label>
          <label className="check">
            <input type="checkbox" checked={params.contacts} onChange={(e) => update({ contacts: e.target.checked, selected: null })} />
            {t.contacts}
          </label>
          <label className="check">
            <input type="checkbox" checked={params.opportunities} onChange={(e) => update({ opportunities: e.target.checked, selected: null })} />
            {t.opportunities}
          </label>
        </fieldset>
      </form>

      <p role="status" className="network-summary">
        {counts && !loading ? t.summary(counts) : ''}
      </p>

      {!territory ? <Empty>{t.pickFirst}</Empty>
        : error ? <ErrorMessage error={error} onRetry={() => void refetch()} />
          : loading || !model || !counts ? <Loading />
            : counts.actors === 0 ? <Empty>{t.noActors}</Empty> : (
              <>
                {model.truncated.total > model.truncated.shown && <p className="notice">{t.truncated(model.truncated.shown, model.truncated.total)}</p>}
                <div className="network-layout">
                  <section className="network-graph" aria-labelledby="network-graph-title">
                    <div className="network-graph-head">
                      <h2 id="network-graph-title">{t.graphTitle}</h2>
                      <div className="network-measure">
                        <label htmlFor="network-measure">{t.measure}</label>
                        <select id="network-measure" value={params.measure} aria-describedby="network-measure-help"
                          onChange={(e) => update({ measure: e.target.value as Measure })}>
                          {MEASURES.map((m) => <option key={m} value={m}>{t.measures[m]}</option>)}
                        </select>
                      </div>
                    </div>
                    <p id="network-measure-help" className="muted">{t.measureHelp[params.measure]}</p>
                    <NetworkCanvas
                      graph={model.graph}
                      sizes={sizes}
                      description={t.graphDescription(territoryName, counts.actors + counts.outside, counts.partnerships)}
                      selectedId={selected}
                      onSelect={(id) => update({ selected: id })}
                      controller={canvas}
                    />
                    <p className="network-hint">{t.graphHint}</p>
                    <NetworkLegend graph={model.graph} />
                    <div className="network-exports" role="group" aria-labelledby="network-exports">
                      <span id="network-exports" className="network-exports-title">{t.exports}</span>
                      <button type="button" className="secondary" onClick={() => void exportPng()}>{t.exportPng}</button>
                      <button type="button" className="secondary" onClick={() => exportData('json')}>{t.exportJson}</button>
                      <button type="button" className="secondary" onClick={() => exportData('csv')}>{t.exportCsv}</button>
                    </div>
                    <p role="status" className={exportStatus?.error ? 'state error' : 'muted'}>{exportStatus?.text ?? ''}</p>
                  </section>
                  <div className="network-side">
                    <NodeDetails graph={model.graph} centrality={model.centrality} selectedId={selected} onClose={() => update({ selected: null })} />
                    <HubsList graph={model.graph} centrality={model.centrality} measure={params.measure} />
                    <IsolatedList graph={model.graph} />
                  </div>
                </div>
                <ActorsTable graph={model.graph} centrality={model.centrality} measure={params.measure}
                  onShow={(id) => {
                    update({ selected: id });
                    document.getElementById('network-details')?.scrollIntoView({ block: 'nearest' });
                  }} />
              </>
            )}
    </div>
  );
}
