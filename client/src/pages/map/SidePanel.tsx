/**
 * What the map shows, as lists: the open opportunities and the contacts of the chosen territory,
 * then the actors in view (following the map), the accessible equivalent of the markers.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ContactFilter, OpportunityFilter } from '../../gql/graphql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KIND_COLOURS, ACTOR_KINDS, COLLECTIVITY_LEVELS, CONTACT_ROLES, OPPORTUNITY_KINDS, label } from '../../ui/labels';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import type { LocatedActor } from './clusters';
import { MAP_MESSAGES } from './messages';

const PAGE = 25;
const LIST_SIZE = 20;

const OPPORTUNITIES = graphql(`
  query MapPageOpportunities($filter: OpportunityFilter!, $first: Int!) {
    opportunities(filter: $filter, first: $first) {
      totalCount
      nodes { id ...MapOpportunityItem_opportunity }
    }
  }
`);

const CONTACTS = graphql(`
  query MapPageContacts($filter: ContactFilter!, $first: Int!) {
    contacts(filter: $filter, first: $first) {
      totalCount
      nodes { id ...MapContactItem_contact }
    }
  }
`);

const OpportunityFragment = graphql(`
  fragment MapOpportunityItem_opportunity on Opportunity {
    id
    title
    kind
    deadline
    host { id name }
    territory { communeName }
  }
`);

const ContactFragment = graphql(`
  fragment MapContactItem_contact on Contact {
    id
    displayName
    jobTitle
    roles
    organization { id name }
  }
`);

function MapOpportunityItem(props: { opportunity: FragmentType<typeof OpportunityFragment> }) {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const opportunity = getFragmentData(OpportunityFragment, props.opportunity);
  return (
    <li>
      <Link to={`/opportunites/${encodeURIComponent(opportunity.id)}`}>{opportunity.title}</Link>
      <span className="map-meta">
        {label(OPPORTUNITY_KINDS, opportunity.kind, language)}
        {` · ${t.hostedBy} : ${opportunity.host.name}`}
        {opportunity.territory.communeName ? ` · ${opportunity.territory.communeName}` : ''}
        {opportunity.deadline ? ` · ${t.deadline} : ${formatDate(opportunity.deadline, language)}` : ''}
      </span>
    </li>
  );
}

function MapContactItem(props: { contact: FragmentType<typeof ContactFragment> }) {
  const { language } = useLanguage();
  const contact = getFragmentData(ContactFragment, props.contact);
  const roles = contact.roles.map((role) => label(CONTACT_ROLES, role, language)).join(', ');
  return (
    <li>
      <strong>{contact.displayName}</strong>
      <span className="map-meta">
        {[contact.jobTitle, roles].filter(Boolean).join(' · ')}
      </span>
      {contact.organization && (
        <span className="map-meta">
          <Link to={`/acteurs/${encodeURIComponent(contact.organization.id)}`}>{contact.organization.name}</Link>
        </span>
      )}
    </li>
  );
}

export interface SidePanelProps {
  inView: readonly LocatedActor[];
  total: number;
  placeName: string;
  /** Null while the territory's département is not known yet (an EPCI being looked up). */
  opportunityFilter: OpportunityFilter | null;
  contactFilter: ContactFilter | null;
  opportunitiesHref: string;
  contactsHref: string;
  loadingActors: boolean;
}

export function SidePanel({ inView, total, placeName, opportunityFilter, contactFilter, opportunitiesHref, contactsHref, loadingActors }: SidePanelProps) {
  const t = useMessages(MAP_MESSAGES);
  const { language } = useLanguage();
  const [shown, setShown] = useState(PAGE);
  const inViewKey = inView.length;
  useEffect(() => setShown(PAGE), [inViewKey]);
  const opportunities = useQuery(OPPORTUNITIES, { variables: { filter: opportunityFilter ?? {}, first: LIST_SIZE }, skip: !opportunityFilter });
  const contacts = useQuery(CONTACTS, { variables: { filter: contactFilter ?? {}, first: LIST_SIZE }, skip: !contactFilter });

  const kindText = (actor: LocatedActor) =>
    actor.kind === 'COLLECTIVITY' && actor.collectivityLevel ? label(COLLECTIVITY_LEVELS, actor.collectivityLevel, language) : label(ACTOR_KINDS, actor.kind, language);

  return (
    <aside className="map-panel" aria-label={t.panel}>
      <section aria-labelledby="map-opportunities">
        <h2 id="map-opportunities">{t.opportunities(placeName)}</h2>
        {opportunities.error ? <ErrorMessage error={opportunities.error} onRetry={() => void opportunities.refetch()} /> :
          !opportunities.data ? <Loading /> : (
            <>
              <p className="map-count">{t.opportunitiesCount(opportunities.data.opportunities.totalCount)}</p>
              {opportunities.data.opportunities.nodes.length === 0 ? <Empty>{t.noOpportunity}</Empty> : (
                <ul className="map-list">
                  {opportunities.data.opportunities.nodes.map((node) => <MapOpportunityItem key={node.id} opportunity={node} />)}
                </ul>
              )}
              {opportunities.data.opportunities.totalCount > LIST_SIZE && <p><Link to={opportunitiesHref}>{t.moreOnPage}</Link></p>}
            </>
          )}
      </section>
      <section aria-labelledby="map-contacts">
        <h2 id="map-contacts">{t.contacts(placeName)}</h2>
        {contacts.error ? <ErrorMessage error={contacts.error} onRetry={() => void contacts.refetch()} /> :
          !contacts.data ? <Loading /> : (
            <>
              <p className="map-count">{t.contactsCount(contacts.data.contacts.totalCount)}</p>
              {contacts.data.contacts.nodes.length === 0 ? <Empty>{t.noContact}</Empty> : (
                <ul className="map-list">
                  {contacts.data.contacts.nodes.map((node) => <MapContactItem key={node.id} contact={node} />)}
                </ul>
              )}
              {contacts.data.contacts.totalCount > LIST_SIZE && <p><Link to={contactsHref}>{t.moreOnPage}</Link></p>}
            </>
          )}
      </section>
      <section aria-labelledby="map-in-view">
        <h2 id="map-in-view">{t.inView}</h2>
        {loadingActors ? <Loading /> : (
          <>
            <p role="status" className="map-count">{t.inViewCount(inView.length, total)}</p>
            {inView.length === 0 ? <Empty>{t.noneInView}</Empty> : (
              <ul className="map-list">
                {inView.slice(0, shown).map((actor) => (
                  <li key={actor.id}>
                    <span className="map-swatch" style={{ background: ACTOR_KIND_COLOURS[actor.kind] }} aria-hidden="true" />
                    <Link to={`/acteurs/${encodeURIComponent(actor.id)}`}>{actor.name}</Link>
                    <span className="map-meta">{kindText(actor)}</span>
                  </li>
                ))}
              </ul>
            )}
            {inView.length > shown && <button type="button" className="secondary" onClick={() => setShown(shown + PAGE)}>{t.showMore}</button>}
          </>
        )}
      </section>
    </aside>
  );
}
