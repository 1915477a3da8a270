/** A fiche of the toolbox: what the tool is, what it brings each side, how to run it, and who uses it. */
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { ErrorMessage, Loading } from '../../ui/states';
import { OpportunityCard } from '../opportunities/OpportunityCard';
import { IntensityMarks } from './IntensityMarks';
import { TOOL } from './messages';
import './toolbox.css';
import '../opportunities/opportunities.css';

const ToolQuery = graphql(`
  query ToolFiche($slug: ID!) {
    partnershipTool(slug: $slug) {
      slug family title summary objective intensities interestForCollectivity interestForResearch process examples links
      source { name url license retrievedOn }
      opportunities(statuses: [OPEN, CLOSED, FILLED]) { id ...OpportunityCard_opportunity }
    }
    toolFamilies { family title titleEn }
    intensityLevels { level title titleEn }
  }
`);

export function ToolPage() {
  const { slug = '' } = useParams();
  const t = useMessages(TOOL);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(ToolQuery, { variables: { slug } });

  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const tool = data?.partnershipTool;
  if (!tool) {
    return (
      <div className="tool-fiche">
        <title>{`${t.notFoundTitle} — ${common.appName}`}</title>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFound}</p>
        <p><Link to="/boite-a-outils">{t.back}</Link></p>
      </div>
    );
  }
  const family = data.toolFamilies.find((f) => f.family === tool.family);
  const levels = data.intensityLevels.filter((l) => tool.intensities.includes(l.level));
  return (
    <article className="tool-fiche" aria-labelledby="tool-title">
      <title>{`${tool.title} — ${common.appName}`}</title>
      <p><Link to="/boite-a-outils">← {t.back}</Link></p>
      <h1 id="tool-title" lang="fr">{tool.title}</h1>
      <dl className="tool-meta">
        <div>
          <dt>{t.family}</dt>
          <dd>{family ? <Link to={`/boite-a-outils?family=${family.family}`}>{language === 'fr' ? family.title : family.titleEn}</Link> : tool.family}</dd>
        </div>
        <div>
          <dt>{t.intensities}</dt>
          <dd>
            <IntensityMarks levels={tool.intensities} />
            <ul className="plain tool-levels">
              {levels.map((l) => <li key={l.level}>{l.level} — {language === 'fr' ? l.title : l.titleEn}</li>)}
            </ul>
          </dd>
        </div>
      </dl>

      <div className="tool-body" lang="fr">
        <section aria-labelledby="tool-summary">
          <h2 id="tool-summary" lang={language}>{t.summary}</h2>
          <p>{tool.summary}</p>
        </section>
        <section aria-labelledby="tool-objective">
          <h2 id="tool-objective" lang={language}>{t.objective}</h2>
          <p>{tool.objective}</p>
        </section>
        {(tool.interestForCollectivity || tool.interestForResearch) && (
          <section aria-labelledby="tool-interests">
            <h2 id="tool-interests" lang={language}>{t.interests}</h2>
            <div className="tool-sides">
              {tool.interestForCollectivity && (
                <div><h3 lang={language}>{t.forCollectivity}</h3><p>{tool.interestForCollectivity}</p></div>
              )}
              {tool.interestForResearch && (
                <div><h3 lang={language}>{t.forResearch}</h3><p>{tool.interestForResearch}</p></div>
              )}
            </div>
          </section>
        )}
        {tool.process && (
          <section aria-labelledby="tool-process">
            <h2 id="tool-process" lang={language}>{t.process}</h2>
            <p>{tool.process}</p>
          </section>
        )}
        {tool.examples.length > 0 && (
          <section aria-labelledby="tool-examples">
            <h2 id="tool-examples" lang={language}>{t.examples}</h2>
            <ul>{tool.examples.map((example) => <li key={example}>{example}</li>)}</ul>
          </section>
        )}
        {tool.links.length > 0 && (
          <section aria-labelledby="tool-links">
            <h2 id="tool-links" lang={language}>{t.links}</h2>
            <ul>{tool.links.map((link) => <li key={link}><a href={link}>{link}</a></li>)}</ul>
          </section>
        )}
      </div>

      <section aria-labelledby="tool-opportunities">
        <h2 id="tool-opportunities">{t.opportunities}</h2>
        {tool.opportunities.length === 0 ? (
          <p className="state">{t.noOpportunity}</p>
        ) : (
          <>
            <p>{t.opportunitiesCount(tool.opportunities.length)}</p>
            <ul className="opp-list">
              {tool.opportunities.map((o) => <li key={o.id}><OpportunityCard opportunity={o} /></li>)}
            </ul>
          </>
        )}
      </section>

      <p className="tool-next">
        <Link to="/boite-a-outils">{t.next}</Link>
      </p>

      <footer className="opp-source">
        <h2>{t.source}</h2>
        <p><cite lang="fr">{tool.source.url ? <a href={tool.source.url}>{tool.source.name}</a> : tool.source.name}</cite></p>
        <p>{t.licence} <span lang="fr">{tool.source.license}</span>. {t.retrievedOn} {formatDate(tool.source.retrievedOn, language)}.</p>
      </footer>
    </article>
  );
}
