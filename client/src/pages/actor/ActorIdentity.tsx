/** Who the actor is: name, acronym, kind, description, themes, website, territory and map position. */
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, ACTOR_KIND_COLOURS, COLLECTIVITY_LEVELS, LOCATION_PRECISIONS, label } from '../../ui/labels';
import { formatPlace } from '../search/place';
import { ACTOR_MESSAGES } from './messages';

export const ActorIdentity_actor = graphql(`
  fragment ActorIdentity_actor on Actor {
    id
    name
    acronym
    kind
    collectivityLevel
    description
    themes
    website
    archivedAt
    territory { communeName epciName departmentName departmentCode regionName regionCode }
    location { latitude longitude precision }
  }
`);

/** The map page reads `departement` and `region`. */
function mapLinkOf(territory: { departmentCode?: string | null; regionCode?: string | null }): string | null {
  if (territory.departmentCode) return `/territoire?departement=${encodeURIComponent(territory.departmentCode)}`;
  if (territory.regionCode) return `/territoire?region=${encodeURIComponent(territory.regionCode)}`;
  return null;
}

function degrees(value: number, positive: string, negative: string, language: 'fr' | 'en'): string {
  const number = Math.abs(value).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 3 });
  return `${number}° ${value >= 0 ? positive : negative}`;
}

export function ActorIdentityHeader(props: { actor: FragmentType<typeof ActorIdentity_actor> }) {
  const actor = getFragmentData(ActorIdentity_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const kind = label(ACTOR_KINDS, actor.kind, language);
  return (
    <header className="actor-head">
      <h1>
        {actor.name}
        {actor.acronym && actor.acronym !== actor.name && <span className="acronym"> ({actor.acronym})</span>}
      </h1>
      <p className="meta">
        <span className="badge" style={{ color: ACTOR_KIND_COLOURS[actor.kind] }}>
          {actor.collectivityLevel ? `${kind} — ${label(COLLECTIVITY_LEVELS, actor.collectivityLevel, language)}` : kind}
        </span>
        {formatPlace(actor.territory, actor.name) && <span>{formatPlace(actor.territory, actor.name)}</span>}
      </p>
      {actor.archivedAt && <p className="notice" role="note">{t.archived(formatDate(actor.archivedAt, language))}</p>}
    </header>
  );
}

export function ActorIdentity(props: { actor: FragmentType<typeof ActorIdentity_actor> }) {
  const actor = getFragmentData(ActorIdentity_actor, props.actor);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const mapLink = mapLinkOf(actor.territory);
  const territory = [
    actor.territory.communeName,
    actor.territory.epciName,
    actor.territory.departmentName && (actor.territory.departmentCode ? `${actor.territory.departmentName} (${actor.territory.departmentCode})` : actor.territory.departmentName),
    actor.territory.regionName,
  ].filter((part): part is string => !!part && part !== actor.name);
  return (
    <section aria-labelledby="actor-about" className="actor-section">
      <h2 id="actor-about">{t.about}</h2>
      {actor.description ? <p className="description">{actor.description}</p> : <p className="state">{t.noDescription}</p>}
      <dl className="facts">
        {actor.themes.length > 0 && (
          <div>
            <dt>{t.themes}</dt>
            <dd>
              <ul className="tags">
                {actor.themes.map((theme) => (
                  <li key={theme}><Link to={`/recherche?themes=${encodeURIComponent(theme)}`}>{theme}</Link></li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {actor.website && (
          <div>
            <dt>{t.website}</dt>
            <dd><a href={actor.website} rel="noopener noreferrer">{actor.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a></dd>
          </div>
        )}
        {territory.length > 0 && (
          <div>
            <dt>{t.place}</dt>
            <dd>{territory.join(' · ')}</dd>
          </div>
        )}
        {actor.location && (
          <div>
            <dt>{t.location}</dt>
            <dd>
              {label(LOCATION_PRECISIONS, actor.location.precision, language)}{' '}
              <span className="lat-long">({degrees(actor.location.latitude, 'N', 'S', language)}, {degrees(actor.location.longitude, 'E', language === 'fr' ? 'O' : 'W', language)})</span>
              {mapLink && (
                <>
                  {' — '}
                  <Link to={mapLink}>{t.seeOnMap}</Link>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
