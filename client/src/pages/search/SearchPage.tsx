/**
 * Search: one accent-insensitive box and facets (kind, collectivity level, territory, themes), all
 * in the URL; results with their count in a live region and "load more" by cursor.
 */
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatNumber, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { SEARCH_MESSAGES } from './messages';
import { ACTOR_KIND_VALUES, COLLECTIVITY_LEVEL_VALUES, actorFilter, facetsFromParams, hasCriteria, mapLink, paramsFromFacets, parseThemes, type SearchFacets } from './params';
import { SearchResult } from './SearchResult';
import { TerritorySelects } from '../../ui/TerritorySelects';
import './search.css';

const PAGE_SIZE = 20;

const SEARCH = graphql(`
  query SearchPage($filter: ActorFilter, $first: Int!, $after: String) {
    actors(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id ...SearchResult_actor }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const PARENT = graphql(`
  query SearchPageParent($id: ID!) {
    actor(id: $id) { id name }
  }
`);

export function SearchPage() {
  const t = useMessages(SEARCH_MESSAGES);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const facets = facetsFromParams(params);
  const paramsKey = paramsFromFacets(facets).toString();

  // The text boxes are drafts until submitted; they follow the URL (back button, shared link).
  const [draftQ, setDraftQ] = useState(facets.q);
  const [draftThemes, setDraftThemes] = useState(facets.themes.join(', '));
  useEffect(() => {
    setDraftQ(facets.q);
    setDraftThemes(facets.themes.join(', '));
    // Only when the URL changes: typing must not be overwritten by the same URL.
  }, [paramsKey]);

  useEffect(() => {
    document.title = facets.q ? `${facets.q} — ${t.documentTitle}` : t.documentTitle;
  }, [facets.q, t.documentTitle]);

  /** Writes the facets into the URL, with the text boxes as they are now. */
  const commit = (changes: Partial<SearchFacets>) => {
    setParams(paramsFromFacets({ ...facets, q: draftQ, themes: parseThemes(draftThemes), ...changes }), { flushSync: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit({});
  };
  const toggleKind = (kind: (typeof ACTOR_KIND_VALUES)[number], checked: boolean) => {
    const next = checked ? [...facets.kinds, kind] : facets.kinds.filter((k) => k !== kind);
    commit({ kinds: ACTOR_KIND_VALUES.filter((k) => next.includes(k)) });
  };

  const criteria = hasCriteria(facets);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(SEARCH, {
    variables: { filter: actorFilter(facets), first: PAGE_SIZE },
    skip: !criteria,
    notifyOnNetworkStatusChange: true,
  });
  const parent = useQuery(PARENT, { variables: { id: facets.parent }, skip: !facets.parent });
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const connection = data?.actors;

  // After "load more", focus moves to the first new result so keyboard users carry on from there.
  const firstNew = useRef<HTMLAnchorElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex !== null && connection && connection.nodes.length > focusIndex) {
      firstNew.current?.focus();
      setFocusIndex(null);
    }
  }, [connection, focusIndex]);
  const [moreError, setMoreError] = useState<Error | null>(null);
  const loadMore = () => {
    if (!connection?.pageInfo.endCursor) return;
    setMoreError(null);
    const shown = connection.nodes.length;
    void fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        actors: { ...fetchMoreResult.actors, nodes: [...previous.actors.nodes, ...fetchMoreResult.actors.nodes] },
      }),
    }).then(
      () => setFocusIndex(shown),
      (failure: unknown) => setMoreError(failure instanceof Error ? failure : new Error(String(failure))),
    );
  };

  // Announced by the live region; while a new search loads, <Loading /> speaks instead.
  const status = criteria && connection ? t.count(formatNumber(connection.totalCount, language), connection.totalCount) : '';

  return (
    <div className="search-page">
      <h1>{t.title}</h1>
      <form role="search" className="search-form search-facets" onSubmit={submit} aria-label={t.title}>
        <div className="field wide">
          <label htmlFor="search-q">{t.queryLabel}</label>
          <div className="row">
            <input id="search-q" type="search" value={draftQ} onChange={(event) => setDraftQ(event.target.value)} aria-describedby="search-q-hint" />
            <button type="submit">{t.submit}</button>
          </div>
          <p id="search-q-hint" className="hint">{t.queryHint}</p>
        </div>
        <fieldset className="facets">
          <legend>{t.facets}</legend>
          <fieldset className="checkboxes">
            <legend>{t.kinds}</legend>
            <ul>
              {ACTOR_KIND_VALUES.map((kind) => (
                <li key={kind}>
                  <input id={`search-kind-${kind}`} type="checkbox" checked={facets.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
                  <label htmlFor={`search-kind-${kind}`}>{label(ACTOR_KINDS, kind, language)}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="selects">
            <div className="field">
              <label htmlFor="search-level">{t.level}</label>
              <select id="search-level" value={facets.level} onChange={(event) => commit({ level: event.target.value as SearchFacets['level'] })}>
                <option value="">{t.allLevels}</option>
                {COLLECTIVITY_LEVEL_VALUES.map((level) => (
                  <option key={level} value={level}>{label(COLLECTIVITY_LEVELS, level, language)}</option>
                ))}
              </select>
            </div>
            <TerritorySelects idPrefix="search" region={facets.region} department={facets.departement} onChange={({ region, department }) => commit({ region, departement: department })} />
            <div className="field">
              <label htmlFor="search-themes">{t.themes}</label>
              <input id="search-themes" type="text" value={draftThemes} onChange={(event) => setDraftThemes(event.target.value)} aria-describedby="search-themes-hint" />
              <p id="search-themes-hint" className="hint">{t.themesHint}</p>
            </div>
          </div>
          <div className="actions">
            <button type="submit" className="secondary">{t.apply}</button>
            {criteria && (
              <button type="button" className="secondary" onClick={() => setParams(new URLSearchParams())}>{t.reset}</button>
            )}
          </div>
        </fieldset>
      </form>

      {facets.parent && (
        <p className="parent-criterion">
          <span>{t.childrenOf(parent.data?.actor?.name ?? '…')}</span>{' '}
          <button type="button" className="secondary" onClick={() => commit({ parent: '' })}>{t.removeParent}</button>
        </p>
      )}

      <section aria-labelledby="search-results-title" className="search-results">
        <div className="results-head">
          <h2 id="search-results-title">{t.results}</h2>
          {criteria && <Link to={mapLink(facets)} className="button secondary">{t.seeOnMap}</Link>}
        </div>
        <p role="status" className="count">{status}</p>
        {!criteria ? (
          <Empty>{t.invite}</Empty>
        ) : error && !connection ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : connection.nodes.length === 0 ? (
          <Empty>{t.noResults}</Empty>
        ) : (
          <>
            <ol className="result-list">
              {connection.nodes.map((node, index) => (
                <SearchResult key={node.id} actor={node} ref={index === focusIndex ? firstNew : undefined} />
              ))}
            </ol>
            {moreError && <ErrorMessage error={moreError} onRetry={loadMore} />}
            {connection.pageInfo.hasNextPage && (
              <div className="more">
                <p className="shown">{t.shown(formatNumber(connection.nodes.length, language), formatNumber(connection.totalCount, language))}</p>
                <button type="button" onClick={loadMore} disabled={loadingMore}>{loadingMore ? t.loadingMore : t.loadMore}</button>
              </div>
            )}
          </>
        )}
      </section>
    </div>
  );
}
