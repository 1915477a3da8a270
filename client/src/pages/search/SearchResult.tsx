/** One actor in the search results: name (link), kind, place and a line of description or themes. */
import { forwardRef } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useLanguage } from '../../i18n/i18n';
import { ACTOR_KINDS, ACTOR_KIND_COLOURS, COLLECTIVITY_LEVELS, label } from '../../ui/labels';
import { firstLine, formatPlace } from './place';

export const SearchResult_actor = graphql(`
  fragment SearchResult_actor on Actor {
    id
    name
    acronym
    kind
    collectivityLevel
    description
    themes
    territory { communeName departmentName departmentCode regionName }
  }
`);

export const SearchResult = forwardRef<HTMLAnchorElement, { actor: FragmentType<typeof SearchResult_actor> }>(function SearchResult(props, ref) {
  const actor = getFragmentData(SearchResult_actor, props.actor);
  const { language } = useLanguage();
  const kind = actor.collectivityLevel ? label(COLLECTIVITY_LEVELS, actor.collectivityLevel, language) : label(ACTOR_KINDS, actor.kind, language);
  const place = formatPlace(actor.territory, actor.name);
  const line = firstLine(actor.description) || actor.themes.join(', ');
  return (
    <li className="search-result" style={{ borderLeftColor: ACTOR_KIND_COLOURS[actor.kind] }}>
      <h3>
        <Link ref={ref} to={`/acteurs/${encodeURIComponent(actor.id)}`}>{actor.name}</Link>
        {actor.acronym && actor.acronym !== actor.name && <span className="acronym"> ({actor.acronym})</span>}
      </h3>
      <p className="meta">
        <span className="badge" style={{ color: ACTOR_KIND_COLOURS[actor.kind] }}>{kind}</span>
        {place && <span>{place}</span>}
      </p>
      {line && <p className="line">{line}</p>}
    </li>
  );
});
