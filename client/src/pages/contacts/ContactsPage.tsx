/**
 * Contacts: who to talk to (facilitators, researchers, agents, elected officials) for a territory
 * and a theme. Filters in the URL; e-mails and phones only for signed-in people.
 */
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { formatNumber, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, CONTACT_ROLES, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { ACTOR_KIND_VALUES, parseThemes } from '../search/params';
import { TerritorySelects } from '../../ui/TerritorySelects';
import '../search/search.css';
import { ContactCard } from './ContactCard';
import { CONTACTS_MESSAGES } from './messages';
import { CONTACT_ROLE_VALUES, contactFacetsFromParams, contactFilter, paramsFromContactFacets, type ContactFacets } from './params';
import { SignInNote } from './SignInNote';
import './contacts.css';

const PAGE_SIZE = 24;

const CONTACTS = graphql(`
  query ContactsPage($filter: ContactFilter, $first: Int!, $after: String) {
    contacts(filter: $filter, first: $first, after: $after) {
      totalCount
      nodes { id ...ContactCard_contact }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export function ContactsPage() {
  const t = useMessages(CONTACTS_MESSAGES);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const facets = contactFacetsFromParams(params);
  const paramsKey = paramsFromContactFacets(facets).toString();

  const [draftQ, setDraftQ] = useState(facets.q);
  const [draftThemes, setDraftThemes] = useState(facets.themes.join(', '));
  useEffect(() => {
    setDraftQ(facets.q);
    setDraftThemes(facets.themes.join(', '));
    // Only when the URL changes: typing must not be overwritten by the same URL.
  }, [paramsKey]);
  useEffect(() => {
    document.title = t.title;
  }, [t.title]);

  const commit = (changes: Partial<ContactFacets>) => {
    setParams(paramsFromContactFacets({ ...facets, q: draftQ, themes: parseThemes(draftThemes), ...changes }), { flushSync: true });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    commit({});
  };

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(CONTACTS, {
    variables: { filter: contactFilter(facets), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    // E-mails and phones depend on who is signed in: ask the API again on arrival.
    fetchPolicy: 'cache-and-network',
  });
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const connection = data?.contacts;

  const firstNew = useRef<HTMLHeadingElement>(null);
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
        contacts: { ...fetchMoreResult.contacts, nodes: [...previous.contacts.nodes, ...fetchMoreResult.contacts.nodes] },
      }),
    }).then(
      () => setFocusIndex(shown),
      (failure: unknown) => setMoreError(failure instanceof Error ? failure : new Error(String(failure))),
    );
  };

  // Announced by the live region; while the first answer loads, <Loading /> speaks instead.
  const status = connection ? t.count(formatNumber(connection.totalCount, language), connection.totalCount) : '';

  return (
    <div className="contacts-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <form className="search-facets" onSubmit={submit} aria-label={t.filters}>
        <div className="field wide">
          <label htmlFor="contacts-q">{t.q}</label>
          <div className="row">
            <input id="contacts-q" type="search" value={draftQ} onChange={(event) => setDraftQ(event.target.value)} aria-describedby="contacts-q-hint" />
            <button type="submit">{t.submit}</button>
          </div>
          <p id="contacts-q-hint" className="hint">{t.qHint}</p>
        </div>
        <fieldset className="facets">
          <legend>{t.filters}</legend>
          <div className="selects">
            <div className="field">
              <label htmlFor="contacts-role">{t.role}</label>
              <select id="contacts-role" value={facets.role} onChange={(event) => commit({ role: event.target.value as ContactFacets['role'] })}>
                <option value="">{t.allRoles}</option>
                {CONTACT_ROLE_VALUES.map((role) => (
                  <option key={role} value={role}>{label(CONTACT_ROLES, role, language)}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="contacts-organisation">{t.organisation}</label>
              <select id="contacts-organisation" value={facets.organisation} onChange={(event) => commit({ organisation: event.target.value as ContactFacets['organisation'] })}>
                <option value="">{t.allOrganisations}</option>
                {ACTOR_KIND_VALUES.map((kind) => (
                  <option key={kind} value={kind}>{label(ACTOR_KINDS, kind, language)}</option>
                ))}
              </select>
            </div>
            <TerritorySelects idPrefix="contacts" region={facets.region} department={facets.departement} onChange={({ region, department }) => commit({ region, departement: department })} />
            <div className="field">
              <label htmlFor="contacts-themes">{t.themes}</label>
              <input id="contacts-themes" type="text" value={draftThemes} onChange={(event) => setDraftThemes(event.target.value)} aria-describedby="contacts-themes-hint" />
              <p id="contacts-themes-hint" className="hint">{t.themesHint}</p>
            </div>
          </div>
          <div className="actions">
            <button type="submit" className="secondary">{t.submit}</button>
            {paramsKey && (
              <button type="button" className="secondary" onClick={() => setParams(new URLSearchParams())}>{t.reset}</button>
            )}
          </div>
        </fieldset>
      </form>

      <section aria-labelledby="contacts-results-title" className="search-results">
        <h2 id="contacts-results-title">{t.results}</h2>
        <p role="status" className="count">{status}</p>
        {error && !connection ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : !connection ? (
          <Loading />
        ) : connection.nodes.length === 0 ? (
          <Empty>{t.noResults}</Empty>
        ) : (
          <>
            <SignInNote />
            <ul className="contact-cards">
              {connection.nodes.map((node, index) => (
                <ContactCard key={node.id} contact={node} ref={index === focusIndex ? firstNew : undefined} />
              ))}
            </ul>
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
