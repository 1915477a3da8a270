/** Official identifiers (only those present, labelled) and where the record comes from. */
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { identifierList } from './identifiers';
import { ACTOR_MESSAGES } from './messages';
import { SuggestCorrection, VerifiedBy } from '../contribute/RecordVerification';

export const ActorIdentifiers_actor = graphql(`
  fragment ActorIdentifiers_actor on Actor {
    id
    name
    verifiedBy
    verifiedAt
    identifiers { insee siren rnsr uai ror }
    source { name url license retrievedOn }
    updatedAt
  }
`);

export function ActorIdentifiers(props: { actor: FragmentType<typeof ActorIdentifiers_actor> }) {
  const actor = getFragmentData(ActorIdentifiers_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const identifiers = identifierList(actor.identifiers, language);
  return (
    <>
      <section aria-labelledby="actor-identifiers" className="actor-section">
        <h2 id="actor-identifiers">{t.identifiers}</h2>
        {identifiers.length === 0 ? (
          <p className="state">{t.noIdentifiers}</p>
        ) : (
          <dl className="facts">
            {identifiers.map((item) => (
              <div key={item.key}>
                <dt>{item.label}</dt>
                <dd className="code">{item.url ? <a href={item.url} rel="noopener noreferrer">{item.value}</a> : item.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="actor-source" className="actor-section">
        <h2 id="actor-source">{t.source}</h2>
        <dl className="facts">
          <div>
            <dt>{t.sourceName}</dt>
            <dd>{actor.source.url ? <a href={actor.source.url} rel="noopener noreferrer">{actor.source.name}</a> : actor.source.name}</dd>
          </div>
          <div>
            <dt>{t.license}</dt>
            <dd>{actor.source.license}</dd>
          </div>
          <div>
            <dt>{t.retrievedOn}</dt>
            <dd>{formatDate(actor.source.retrievedOn, language)}</dd>
          </div>
          <div>
            <dt>{t.updatedOn}</dt>
            <dd>{formatDate(actor.updatedAt, language)}</dd>
          </div>
        </dl>
        <p className="verification">
          <VerifiedBy verifiedBy={actor.verifiedBy} verifiedAt={actor.verifiedAt} />{' '}
          <SuggestCorrection to={`/contribuer/acteurs/${actor.id}`} name={actor.name} />
        </p>
      </section>
    </>
  );
}
