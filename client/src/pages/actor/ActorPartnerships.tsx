/** Partnerships with other actors: partner, toolbox tool, intensity 1–5 (words and marks), note, since when. */
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../ui/labels';
import { intensityMarks } from './intensity';
import { ACTOR_MESSAGES } from './messages';

export const ActorPartnerships_actor = graphql(`
  fragment ActorPartnerships_actor on Actor {
    partnerships {
      id
      intensity
      startedOn
      note
      partner { id name kind }
      tool { slug title }
    }
  }
`);

/** The names of the five intensity levels, from the toolbox. */
export const ActorPartnerships_query = graphql(`
  fragment ActorPartnerships_query on Query {
    intensityLevels { level title titleEn }
  }
`);

export function ActorPartnerships(props: { actor: FragmentType<typeof ActorPartnerships_actor>; query: FragmentType<typeof ActorPartnerships_query> }) {
  const actor = getFragmentData(ActorPartnerships_actor, props.actor);
  const { intensityLevels } = getFragmentData(ActorPartnerships_query, props.query);
  const t = useMessages(ACTOR_MESSAGES);
  const { language } = useLanguage();
  const levelName = (level: number) => {
    const found = intensityLevels.find((item) => item.level === level);
    return found ? (language === 'fr' ? found.title : found.titleEn) : '';
  };
  return (
    <section aria-labelledby="actor-partnerships" className="actor-section">
      <h2 id="actor-partnerships">{t.partnerships}</h2>
      {actor.partnerships.length === 0 ? (
        <p className="state">{t.noPartnerships}</p>
      ) : (
        <ul className="partnership-list">
          {actor.partnerships.map((partnership) => (
            <li key={partnership.id}>
              <h3>
                <Link to={`/acteurs/${encodeURIComponent(partnership.partner.id)}`}>{partnership.partner.name}</Link>{' '}
                <span className="level">({label(ACTOR_KINDS, partnership.partner.kind, language)})</span>
              </h3>
              <dl className="facts">
                <div>
                  <dt>{t.tool}</dt>
                  <dd><Link to={`/boite-a-outils/${encodeURIComponent(partnership.tool.slug)}`}>{partnership.tool.title}</Link></dd>
                </div>
                <div>
                  <dt>{t.intensityLabel}</dt>
                  <dd>
                    <span className="marks" aria-hidden="true">{intensityMarks(partnership.intensity)}</span>{' '}
                    {t.intensity(partnership.intensity)}
                    {levelName(partnership.intensity) && ` — ${levelName(partnership.intensity)}`}
                  </dd>
                </div>
                {partnership.startedOn && (
                  <div>
                    <dt>{t.since}</dt>
                    <dd>{formatDate(partnership.startedOn, language)}</dd>
                  </div>
                )}
                {partnership.note && (
                  <div>
                    <dt>{t.note}</dt>
                    <dd>{partnership.note}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
