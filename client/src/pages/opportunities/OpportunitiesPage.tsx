/** The opportunities board: filters in the URL, cards closing soonest first, "show more" by cursor. */
import { useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { formatNumber, useLanguage, useMessages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { TerritorySelects } from '../../ui/TerritorySelects';
import {
  KIND_VALUES, STATUS_VALUES, boardFiltersToParams, hasActiveFilters, parseBoardFilters, toOpportunityFilter, type BoardFilters,
} from './filters';
import { BOARD } from './messages';
import { OpportunityCard } from './OpportunityCard';
import './opportunities.css';
import { CreateAlertLink } from '../alerts/CreateAlertLink';

const PAGE_SIZE = 20;

const BoardQuery = graphql(`
  query OpportunitiesBoard($filter: OpportunityFilter, $first: Int, $after: String) {
    opportunities(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id deadline ...OpportunityCard_opportunity }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export function OpportunitiesPage() {
  const t = useMessages(BOARD);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseBoardFilters(params), [params]);
  // flushSync (here and wherever a form control writes the URL): the control shows its new state at
  // once. In a transition, React first puts a controlled checkbox back to its old state.
  const update = (changes: Partial<BoardFilters>) => setParams(boardFiltersToParams({ ...filters, ...changes }), { preventScrollReset: true, flushSync: true });

  const { data, loading, error, fetchMore, refetch } = useQuery(BoardQuery, {
    variables: { filter: toOpportunityFilter(filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: false,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  const connection = data?.opportunities;

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    const before = connection.nodes.length;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          opportunities: {
            ...fetchMoreResult.opportunities,
            nodes: [...previous.opportunities.nodes, ...fetchMoreResult.opportunities.nodes],
          },
        }),
      });
      // Keyboard users land on the first new card rather than at the top of the page.
      requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLAnchorElement>('.opp-card-title a')[before]?.focus());
    } finally {
      setLoadingMore(false);
    }
  };

  const submitText = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update({ q: String(form.get('q') ?? '').trim(), theme: String(form.get('theme') ?? '').trim() });
  };

  const toggle = <T extends string>(values: T[], value: T, on: boolean): T[] => (on ? [...values, value] : values.filter((v) => v !== value));

  let countText = '';
  if (connection) countText = t.count(connection.nodes.length, connection.totalCount);

  return (
    <div className="opp-board">
      <title>{`${t.title} — ${common.appName}`}</title>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <CreateAlertLink />

      <div className="opp-layout">
        <section className="opp-filters" aria-labelledby="opp-filters-title">
          <h2 id="opp-filters-title">{t.filters}</h2>
          <form role="search" onSubmit={submitText} className="opp-text-filters" key={`${filters.q}|${filters.theme}`}>
            <div className="field">
              <label htmlFor="opp-q">{t.search}</label>
              <input id="opp-q" name="q" type="search" defaultValue={filters.q} aria-describedby="opp-q-hint" />
              <p id="opp-q-hint" className="hint">{t.searchHint}</p>
            </div>
            <div className="field">
              <label htmlFor="opp-theme">{t.theme}</label>
              <input id="opp-theme" name="theme" type="text" defaultValue={filters.theme} aria-describedby="opp-theme-hint" />
              <p id="opp-theme-hint" className="hint">{t.themeHint}</p>
            </div>
            <button type="submit">{t.apply}</button>
          </form>

          <fieldset>
            <legend>{t.kinds}</legend>
            {KIND_VALUES.map((kind) => (
              <div className="check" key={kind}>
                <input
                  type="checkbox" id={`opp-kind-${kind}`} checked={filters.kinds.includes(kind)}
                  onChange={(e) => update({ kinds: toggle(filters.kinds, kind, e.target.checked) })}
                />
                <label htmlFor={`opp-kind-${kind}`}>{label(OPPORTUNITY_KINDS, kind, language)}</label>
              </div>
            ))}
          </fieldset>

          <fieldset aria-describedby="opp-status-hint">
            <legend>{t.statuses}</legend>
            {STATUS_VALUES.map((status) => (
              <div className="check" key={status}>
                <input
                  type="checkbox" id={`opp-status-${status}`} checked={filters.statuses.includes(status)}
                  onChange={(e) => update({ statuses: toggle(filters.statuses, status, e.target.checked) })}
                />
                <label htmlFor={`opp-status-${status}`}>{label(OPPORTUNITY_STATUSES, status, language)}</label>
              </div>
            ))}
            <p id="opp-status-hint" className="hint">{t.statusesHint}</p>
          </fieldset>

          <fieldset>
            <legend>{t.territory}</legend>
            <TerritorySelects idPrefix="opp" region={filters.region} department={filters.department} onChange={({ region, department }) => update({ region, department })} />
          </fieldset>

          <fieldset aria-describedby="opp-deadline-hint">
            <legend>{t.deadline}</legend>
            <div className="field">
              <label htmlFor="opp-after">{t.after}</label>
              <input id="opp-after" type="date" value={filters.after} max={filters.before || undefined} onChange={(e) => update({ after: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor="opp-before">{t.before}</label>
              <input id="opp-before" type="date" value={filters.before} min={filters.after || undefined} onChange={(e) => update({ before: e.target.value })} />
            </div>
            <p id="opp-deadline-hint" className="hint">{t.deadlineHint}</p>
          </fieldset>

          {hasActiveFilters(filters) && <p><Link to="/opportunites">{t.reset}</Link></p>}
        </section>

        <section className="opp-results" aria-labelledby="opp-results-title" aria-busy={loading || loadingMore}>
          <h2 id="opp-results-title" className="visually-hidden">{t.results}</h2>
          <p role="status" className="opp-count">{countText}</p>
          {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
          {!error && !data && loading && <Loading />}
          {connection && connection.nodes.length === 0 && <Empty>{t.none}</Empty>}
          {connection && connection.nodes.length > 0 && (
            <ol className="opp-list" ref={listRef}>
              {connection.nodes.map((node) => (
                <li key={node.id}><OpportunityCard opportunity={node} /></li>
              ))}
            </ol>
          )}
          {connection?.pageInfo.hasNextPage && (
            <button type="button" className="secondary opp-more" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? t.loadingMore : t.loadMore}
              {!loadingMore && ` (${formatNumber(connection.nodes.length, language)} / ${formatNumber(connection.totalCount, language)})`}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
