/** Where the actor sits: commune → EPCI → département → région, lab → université, as a breadcrumb. */
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { buildBreadcrumb } from './breadcrumb';
import { ACTOR_MESSAGES } from './messages';

// Four levels up: a commune's région is three levels above it; a lab's grouping of universities four.
export const ActorBreadcrumb_actor = graphql(`
  fragment ActorBreadcrumb_actor on Actor {
    id
    name
    kind
    collectivityLevel
    parent {
      id name kind collectivityLevel
      parent {
        id name kind collectivityLevel
        parent {
          id name kind collectivityLevel
          parent { id name kind collectivityLevel }
        }
      }
    }
  }
`);

export function ActorBreadcrumb(props: { actor: FragmentType<typeof ActorBreadcrumb_actor> }) {
  const actor = getFragmentData(ActorBreadcrumb_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const crumbs = buildBreadcrumb(actor);
  if (crumbs.length === 0) return null;
  return (
    <nav aria-label={t.breadcrumb} className="breadcrumb">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.id}>
            {/* Names already say what they are ("Région…", "Département de…", "Université…"); the level is a tooltip. */}
            <Link to={`/acteurs/${encodeURIComponent(crumb.id)}`} title={crumb.collectivityLevel ? label(COLLECTIVITY_LEVELS, crumb.collectivityLevel, language) : label(ACTOR_KINDS, crumb.kind, language)}>
              {crumb.name}
            </Link>
          </li>
        ))}
        <li aria-current="page">{actor.name}</li>
      </ol>
    </nav>
  );
}
