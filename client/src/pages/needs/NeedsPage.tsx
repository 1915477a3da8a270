/** "Besoins de recherche": research needs by territory and theme, newest first; editors publish from here. */
import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { TerritorySelects } from '../../ui/TerritorySelects';
import { needFilterFromParams } from './filter';
import { HORIZONS, NEEDS, NEED_STATUSES } from './messages';
import './needs.css';

const NeedsQuery = graphql(`
  query ResearchNeedsList($filter: ResearchNeedFilter, $first: Int, $after: String) {
    researchNeeds(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes {
        id title themes horizon status publishedAt
        requester { id name }
        territory { communeName departmentName regionName }
        tools { slug title }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export function NeedsPage() {
  const t = useMessages(NEEDS);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => needFilterFromParams(params), [params]);
  const { data, loading, error, refetch, fetchMore } = useQuery(NeedsQuery, { variables: { filter, first: 20 } });

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { preventScrollReset: true, flushSync: true });
  };
  const submitText = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    set({ q: String(form.get('q') ?? '').trim(), theme: String(form.get('theme') ?? '').trim() });
  };
  const connection = data?.researchNeeds;

  return (
    <div className="needs">
      <title>{`${t.title} — ${common.appName}`}</title>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {user && user.role !== 'member' && <p><Link className="button" to="/besoins/nouveau">{t.publish}</Link></p>}
      <div className="needs-layout">
        <section aria-labelledby="needs-filters" className="needs-filters">
          <h2 id="needs-filters">{t.filters}</h2>
          <form role="search" onSubmit={submitText} key={`${params.get('q')}|${params.get('theme')}`}>
            <div className="field">
              <label htmlFor="needs-q">{t.search}</label>
              <input id="needs-q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
            </div>
            <div className="field">
              <label htmlFor="needs-theme">{t.theme}</label>
              <input id="needs-theme" name="theme" type="text" defaultValue={params.get('theme') ?? ''} aria-describedby="needs-theme-hint" />
              <p id="needs-theme-hint" className="hint">{t.themeHint}</p>
            </div>
            <button type="submit">{t.apply}</button>
          </form>
          <fieldset>
            <legend>{t.territory}</legend>
            <TerritorySelects idPrefix="needs" region={params.get('region') ?? ''} department={params.get('departement') ?? ''}
              onChange={({ region, department }) => set({ region, departement: department })} />
          </fieldset>
          <div className="check">
            <input type="checkbox" id="needs-turned" checked={params.get('devenus') === '1'} onChange={(e) => set({ devenus: e.target.checked ? '1' : '' })} />
            <label htmlFor="needs-turned">{t.includeTurned}</label>
          </div>
        </section>
        <section aria-labelledby="needs-results" aria-busy={loading}>
          <h2 id="needs-results" className="visually-hidden">{t.results}</h2>
          {/* When nothing matches, the empty state below says it once. */}
          <p role="status">{connection && connection.totalCount > 0 ? t.count(connection.totalCount) : ''}</p>
          {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
          {!error && !data && loading && <Loading />}
          {connection && connection.nodes.length === 0 && <Empty>{t.none}</Empty>}
          <ol className="needs-list">
            {connection?.nodes.map((need) => {
              const place = need.territory.communeName ?? need.territory.departmentName ?? need.territory.regionName;
              return (
                <li key={need.id} className="need-card">
                  <h3 lang="fr"><Link to={`/besoins/${need.id}`}>{need.title}</Link></h3>
                  <p>
                    <span className="badge">{NEED_STATUSES[need.status]?.[language]}</span>{' '}
                    {t.requester} <span lang="fr">{need.requester.name ?? ''}</span>{place && <> · <span lang="fr">{place}</span></>}
                    {' · '}{t.horizon} : {HORIZONS[need.horizon]?.[language]} · <time dateTime={need.publishedAt}>{formatDate(need.publishedAt, language)}</time>
                  </p>
                  <ul className="tags" lang="fr">{need.themes.map((theme) => <li key={theme}>{theme}</li>)}</ul>
                  {need.tools.length > 0 && <p className="hint">{t.tools} : <span lang="fr">{need.tools.map((tool) => tool.title).join(', ')}</span></p>}
                </li>
              );
            })}
          </ol>
          {connection?.pageInfo.hasNextPage && (
            <button type="button" className="secondary" onClick={() => void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                researchNeeds: { ...fetchMoreResult.researchNeeds, nodes: [...previous.researchNeeds.nodes, ...fetchMoreResult.researchNeeds.nodes] },
              }),
            })}>{t.loadMore}</button>
          )}
        </section>
      </div>
    </div>
  );
}
