/** Opportunities the actor hosts or is a partner of: open ones by default, all on request (in the URL). */
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, label } from '../../ui/labels';
import { ACTOR_MESSAGES } from './messages';

export const ActorOpportunities_actor = graphql(`
  fragment ActorOpportunities_actor on Actor {
    id
    opportunities(statuses: $opportunityStatuses) {
      id
      title
      kind
      status
      deadline
      host { id name }
    }
  }
`);

export function ActorOpportunities(props: { actor: FragmentType<typeof ActorOpportunities_actor>; showAll: boolean; onShowAll(showAll: boolean): void }) {
  const actor = getFragmentData(ActorOpportunities_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  return (
    <section aria-labelledby="actor-opportunities" className="actor-section">
      <h2 id="actor-opportunities">{t.opportunities}</h2>
      <p className="toggle">
        <input id="actor-opportunities-all" type="checkbox" checked={props.showAll} onChange={(event) => props.onShowAll(event.target.checked)} />
        <label htmlFor="actor-opportunities-all">{t.showAll}</label>
      </p>
      {actor.opportunities == null ? (
        <p className="state" role="status">{t.unavailable}</p>
      ) : actor.opportunities.length === 0 ? (
        <p className="state">{props.showAll ? t.noOpportunities : t.noOpenOpportunities}</p>
      ) : (
        <ul className="plain-list opportunity-list">
          {actor.opportunities.map((opportunity) => (
            <li key={opportunity.id}>
              <Link to={`/opportunites/${encodeURIComponent(opportunity.id)}`}>{opportunity.title}</Link>
              <p className="meta">
                <span className="badge">{label(OPPORTUNITY_KINDS, opportunity.kind, language)}</span>
                <span>{label(OPPORTUNITY_STATUSES, opportunity.status, language)}</span>
                {opportunity.deadline && <span>{t.deadline(formatDate(opportunity.deadline, language))}</span>}
                {opportunity.host.id !== actor.id && (
                  <span>
                    {t.hostedBy} <Link to={`/acteurs/${encodeURIComponent(opportunity.host.id)}`}>{opportunity.host.name}</Link>
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
