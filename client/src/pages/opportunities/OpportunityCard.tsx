/** One opportunity in a list: kind, title, host, place, deadline, tool. */
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, label } from '../../ui/labels';
import { closingText } from './deadline';
import { CARD } from './messages';

export const OpportunityCard_opportunity = graphql(`
  fragment OpportunityCard_opportunity on Opportunity {
    id
    kind
    status
    title
    deadline
    placeName
    host { id name }
    territory { communeName departmentName regionName }
    tool { slug title }
  }
`);

/** The place in words: the posting's own wording first, then the finest known territory. */
export function placeOf(placeName: string | null | undefined, territory: { communeName?: string | null; departmentName?: string | null; regionName?: string | null }): string {
  const area = [territory.communeName, territory.departmentName, territory.regionName].filter(Boolean) as string[];
  const parts = placeName ? [placeName, ...area.filter((name) => !placeName.includes(name))] : area;
  return parts.slice(0, 2).join(', ');
}

export function OpportunityCard({ opportunity, headingLevel = 3 }: { opportunity: FragmentType<typeof OpportunityCard_opportunity>; headingLevel?: 2 | 3 | 4 }) {
  const o = getFragmentData(OpportunityCard_opportunity, opportunity);
  const t = useMessages(CARD);
  const { language } = useLanguage();
  const Heading = `h${headingLevel}` as const;
  const place = placeOf(o.placeName, o.territory);
  const soon = closingText(o.deadline, language);
  return (
    <article className="opp-card" aria-labelledby={`opp-${o.id}`}>
      <p className="opp-card-kind">
        <span className="badge">{label(OPPORTUNITY_KINDS, o.kind, language)}</span>
        {o.status !== 'OPEN' && <span className="badge opp-status-off">{label(OPPORTUNITY_STATUSES, o.status, language)}</span>}
      </p>
      <Heading id={`opp-${o.id}`} className="opp-card-title">
        <Link to={`/opportunites/${o.id}`} lang="fr">{o.title}</Link>
      </Heading>
      <dl className="opp-facts">
        <div><dt>{t.host}</dt><dd><Link to={`/acteurs/${o.host.id}`} lang="fr">{o.host.name}</Link></dd></div>
        {place && <div><dt>{t.place}</dt><dd lang="fr">{place}</dd></div>}
        <div>
          <dt>{t.deadline}</dt>
          <dd>
            {o.deadline ? <time dateTime={o.deadline}>{formatDate(o.deadline, language)}</time> : t.noDeadline}
            {soon && <strong className="opp-soon"> — {soon}</strong>}
          </dd>
        </div>
        {o.tool && <div><dt>{t.tool}</dt><dd><Link to={`/boite-a-outils/${o.tool.slug}`} lang="fr">{o.tool.title}</Link></dd></div>}
      </dl>
    </article>
  );
}
