/** The actors directly below this one (the first 20), with a way to see them all in the search. */
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatNumber, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { ACTOR_MESSAGES } from './messages';

export const ActorChildren_actor = graphql(`
  fragment ActorChildren_actor on Actor {
    id
    children(first: 20) { id name kind collectivityLevel }
  }
`);

export function ActorChildren(props: { actor: FragmentType<typeof ActorChildren_actor>; total: number }) {
  const actor = getFragmentData(ActorChildren_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const total = Math.max(props.total, actor.children.length);
  return (
    <section aria-labelledby="actor-children" className="actor-section">
      <h2 id="actor-children">
        {t.children} {total > 0 && <span className="count">({formatNumber(total, language)})</span>}
      </h2>
      {actor.children.length === 0 ? (
        <p className="state">{t.noChildren}</p>
      ) : (
        <>
          <ul className="plain-list">
            {actor.children.map((child) => (
              <li key={child.id}>
                <Link to={`/acteurs/${encodeURIComponent(child.id)}`}>{child.name}</Link>{' '}
                <span className="level">({child.collectivityLevel ? label(COLLECTIVITY_LEVELS, child.collectivityLevel, language) : label(ACTOR_KINDS, child.kind, language)})</span>
              </li>
            ))}
          </ul>
          {total > actor.children.length && (
            <p><Link to={`/recherche?parent=${encodeURIComponent(actor.id)}`}>{t.more(formatNumber(total, language))}</Link></p>
          )}
        </>
      )}
    </section>
  );
}
