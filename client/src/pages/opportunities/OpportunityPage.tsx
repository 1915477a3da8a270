/** One opportunity: everything needed to apply, with its host, partners, tool and source. */
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STATUSES, label } from '../../ui/labels';
import { ErrorMessage, Loading } from '../../ui/states';
import { closingText } from './deadline';
import { DETAIL } from './messages';
import { placeOf } from './OpportunityCard';
import { SuggestCorrection, VerifiedBy } from '../contribute/RecordVerification';
import './opportunities.css';

const OpportunityQuery = graphql(`
  query OpportunityDetail($id: ID!) {
    opportunity(id: $id) {
      id kind status title description themes placeName startsOn deadline durationMonths remuneration contractType
      missions profile howToApply applyUrl publishedAt
      host { id name }
      partners { id name }
      tool { slug title summary }
      territory { communeName departmentName regionName }
      source { name url license retrievedOn }
      verifiedBy
      verifiedAt
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function OpportunityPage() {
  const { id = '' } = useParams();
  const t = useMessages(DETAIL);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const validId = UUID.test(id);
  const { data, loading, error, refetch } = useQuery(OpportunityQuery, { variables: { id }, skip: !validId });

  if (validId && loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const o = data?.opportunity;
  if (!o) {
    return (
      <div className="opp-detail">
        <title>{`${t.notFoundTitle} — ${common.appName}`}</title>
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFound}</p>
        <p><Link to="/opportunites">{t.back}</Link></p>
      </div>
    );
  }

  const place = placeOf(o.placeName, o.territory);
  const soon = o.status === 'OPEN' ? closingText(o.deadline, language) : null;
  const isMail = o.applyUrl?.startsWith('mailto:');
  return (
    <article className="opp-detail" aria-labelledby="opp-title">
      <title>{`${o.title} — ${common.appName}`}</title>
      <p><Link to="/opportunites">← {t.back}</Link></p>
      <p className="opp-card-kind">
        <span className="badge">{label(OPPORTUNITY_KINDS, o.kind, language)}</span>
        <span className={o.status === 'OPEN' ? 'badge opp-status-open' : 'badge opp-status-off'}>{label(OPPORTUNITY_STATUSES, o.status, language)}</span>
      </p>
      <h1 id="opp-title" lang="fr">{o.title}</h1>

      <div className="opp-detail-grid">
        <div className="opp-detail-main">
          <section aria-labelledby="opp-description">
            <h2 id="opp-description">{t.description}</h2>
            <p lang="fr">{o.description}</p>
          </section>
          {o.missions.length > 0 && (
            <section aria-labelledby="opp-missions">
              <h2 id="opp-missions">{t.missions}</h2>
              <ul lang="fr">{o.missions.map((mission) => <li key={mission}>{mission}</li>)}</ul>
            </section>
          )}
          {o.profile && (
            <section aria-labelledby="opp-profile">
              <h2 id="opp-profile">{t.profile}</h2>
              <p lang="fr">{o.profile}</p>
            </section>
          )}
          <section aria-labelledby="opp-apply" className="opp-apply">
            <h2 id="opp-apply">{t.apply}</h2>
            {o.howToApply ? <p lang="fr">{o.howToApply}</p> : !o.applyUrl && <p>{t.noApply}</p>}
            {o.applyUrl && (
              isMail
                ? <p><a className="button" href={o.applyUrl}>{t.applyMail}</a></p>
                : <p><a className="button" href={o.applyUrl} target="_blank" rel="noreferrer">{t.applyLink} <span className="visually-hidden">{t.newWindow}</span></a></p>
            )}
          </section>
        </div>

        <aside className="opp-detail-side" aria-labelledby="opp-facts">
          <h2 id="opp-facts">{t.facts}</h2>
          <dl className="opp-facts">
            <div><dt>{t.kind}</dt><dd>{label(OPPORTUNITY_KINDS, o.kind, language)}</dd></div>
            <div><dt>{t.status}</dt><dd>{label(OPPORTUNITY_STATUSES, o.status, language)}</dd></div>
            <div><dt>{t.host}</dt><dd><Link to={`/acteurs/${o.host.id}`} lang="fr">{o.host.name}</Link></dd></div>
            {o.partners.length > 0 && (
              <div>
                <dt>{t.partners}</dt>
                <dd><ul className="plain">{o.partners.map((p) => <li key={p.id}><Link to={`/acteurs/${p.id}`} lang="fr">{p.name}</Link></li>)}</ul></dd>
              </div>
            )}
            <div><dt>{t.place}</dt><dd lang={place ? 'fr' : undefined}>{place || t.notGiven}</dd></div>
            {o.startsOn && <div><dt>{t.startsOn}</dt><dd><time dateTime={o.startsOn}>{formatDate(o.startsOn, language)}</time></dd></div>}
            <div>
              <dt>{t.deadline}</dt>
              <dd>
                {o.deadline ? <time dateTime={o.deadline}>{formatDate(o.deadline, language)}</time> : t.notGiven}
                {soon && <strong className="opp-soon"> — {soon}</strong>}
              </dd>
            </div>
            {o.durationMonths != null && <div><dt>{t.duration}</dt><dd>{t.months(o.durationMonths)}</dd></div>}
            {o.remuneration && <div><dt>{t.remuneration}</dt><dd lang="fr">{o.remuneration}</dd></div>}
            {o.contractType && <div><dt>{t.contractType}</dt><dd lang="fr">{o.contractType}</dd></div>}
            {o.themes.length > 0 && (
              <div><dt>{t.themes}</dt><dd><ul className="tags" lang="fr">{o.themes.map((theme) => <li key={theme}>{theme}</li>)}</ul></dd></div>
            )}
          </dl>
          {o.tool && (
            <>
              <h2>{t.tool}</h2>
              <p>{t.toolIntro} <Link to={`/boite-a-outils/${o.tool.slug}`} lang="fr">{o.tool.title}</Link></p>
              <p className="hint" lang="fr">{o.tool.summary}</p>
            </>
          )}
        </aside>
      </div>

      <footer className="opp-source">
        <h2>{t.source}</h2>
        <p lang="fr">{o.source.url ? <a href={o.source.url}>{o.source.name}</a> : o.source.name}</p>
        <p>
          {t.licence} <span lang="fr">{o.source.license}</span>. {t.retrievedOn} {formatDate(o.source.retrievedOn, language)}.
          {' '}{t.published} {formatDate(o.publishedAt, language)}.
        </p>
        <p className="verification">
          <VerifiedBy verifiedBy={o.verifiedBy} verifiedAt={o.verifiedAt} />{' '}
          <SuggestCorrection to={`/contribuer/opportunites/${o.id}`} name={o.title} />
        </p>
      </footer>
    </article>
  );
}
