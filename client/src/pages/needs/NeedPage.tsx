/** One research need: the question, the labs, researchers and facilitators suggested with their reasons, and "turn into an opportunity". */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import type { OpportunityKind } from '../../gql/graphql';
import { COMMON } from '../../i18n/common';
import { formatNumber, useLanguage, useMessages, type Language } from '../../i18n/i18n';
import { ACTOR_KINDS, CONTACT_ROLES, OPPORTUNITY_KINDS, label } from '../../ui/labels';
import { ErrorMessage, Loading } from '../../ui/states';
import { problemFromError } from '../edit/apiErrors';
import { HORIZONS, NEED, NEED_STATUSES, reasonText, type ReasonData } from './messages';
import './needs.css';

const NeedQuery = graphql(`
  query ResearchNeedDetail($id: ID!, $onlyOpen: Boolean) {
    researchNeed(id: $id) {
      id title question themes ercPanels horizon status version
      requester { id name }
      territory { communeName departmentName regionName }
      tools { slug title }
      opportunity { id title }
      suggestedActors(first: 10, onlyOpen: $onlyOpen) {
        score
        actor { id name kind openToPartnerships territory { communeName } }
        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }
      }
      suggestedContacts(first: 10) {
        score
        contact { id displayName jobTitle roles email phone organization { id name } }
        reasons { kind label weight themes ercPanel distanceKm partnerName intensity territoryLevel territoryName }
      }
    }
  }
`);

const TurnMutation = graphql(`
  mutation TurnResearchNeedIntoOpportunity($id: ID!, $input: TurnResearchNeedIntoOpportunityInput!) {
    turnResearchNeedIntoOpportunity(id: $id, input: $input) {
      researchNeed { id status version opportunity { id title } }
      opportunity { id }
    }
  }
`);

function Reasons({ reasons, language }: { reasons: ReasonData[]; language: Language }) {
  return (
    <ul className="need-reasons">
      {reasons.map((reason, i) => (
        <li key={`${reason.kind}-${i}`}>
          <span lang={language === 'fr' ? 'fr' : undefined}>{reasonText(reason, language)}</span>{' '}
          <span className="need-weight">(+{formatNumber(reason.weight, language)})</span>
        </li>
      ))}
    </ul>
  );
}

const KINDS = Object.keys(OPPORTUNITY_KINDS) as OpportunityKind[];

function TurnIntoOpportunity({ id, version }: { id: string; version: number }) {
  const t = useMessages(NEED);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [turn, { loading }] = useMutation(TurnMutation);
  const [kind, setKind] = useState<OpportunityKind>('CIFRE');
  const [deadline, setDeadline] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await turn({ variables: { id, input: { kind, expectedVersion: version, ...(deadline ? { deadline } : {}) } } });
      if (data) void navigate(`/opportunites/${data.turnResearchNeedIntoOpportunity.opportunity.id}`);
    } catch (error) {
      const p = problemFromError(error);
      setProblem(p.kind === 'invalid' ? p.fields.map((f) => f.message).join(' ') : p.kind);
    }
  };
  return (
    <section aria-labelledby="need-turn" className="need-turn">
      <h2 id="need-turn">{t.turn}</h2>
      <p className="hint">{t.turnIntro}</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="need-kind">{t.kind}</label>
          <select id="need-kind" value={kind} onChange={(e) => setKind(e.target.value as OpportunityKind)}>
            {KINDS.map((k) => <option key={k} value={k}>{label(OPPORTUNITY_KINDS, k, language)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="need-deadline">{t.deadline}</label>
          <input id="need-deadline" type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
        </div>
        <button type="submit" disabled={loading}>{loading ? t.turning : t.turnButton}</button>
        {problem && <p role="alert" className="error">{t.turnFailed} {problem}</p>}
      </form>
    </section>
  );
}

export function NeedPage() {
  const { id = '' } = useParams();
  const t = useMessages(NEED);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const { user } = useSession();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(NeedQuery, { variables: { id, onlyOpen } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const need = data?.researchNeed;
  if (!need) return <div><h1>{t.notFound}</h1><p><Link to="/besoins">{t.back}</Link></p></div>;
  const place = [need.territory.communeName, need.territory.departmentName, need.territory.regionName].filter(Boolean).join(', ');
  const editor = user && user.role !== 'member';

  return (
    <article className="need" aria-labelledby="need-title">
      <title>{`${need.title} — ${common.appName}`}</title>
      <p><Link to="/besoins">← {t.back}</Link></p>
      <p><span className="badge">{NEED_STATUSES[need.status]?.[language]}</span></p>
      <h1 id="need-title" lang="fr">{need.title}</h1>
      <div className="need-grid">
        <section aria-labelledby="need-question">
          <h2 id="need-question">{t.question}</h2>
          <p lang="fr">{need.question}</p>
        </section>
        <aside aria-labelledby="need-facts">
          <h2 id="need-facts">{t.facts}</h2>
          <dl>
            <div><dt>{t.requester}</dt><dd><Link to={`/acteurs/${need.requester.id}`} lang="fr">{need.requester.name}</Link></dd></div>
            <div><dt>{t.territory}</dt><dd lang="fr">{place}</dd></div>
            <div><dt>{t.horizon}</dt><dd>{HORIZONS[need.horizon]?.[language]}</dd></div>
            <div><dt>{t.themes}</dt><dd><ul className="tags" lang="fr">{need.themes.map((theme) => <li key={theme}>{theme}</li>)}</ul></dd></div>
            {need.ercPanels.length > 0 && <div><dt>{t.ercPanels}</dt><dd>{need.ercPanels.join(', ')}</dd></div>}
            {need.tools.length > 0 && (
              <div><dt>{t.tools}</dt><dd><ul className="plain">{need.tools.map((tool) => <li key={tool.slug}><Link to={`/boite-a-outils/${tool.slug}`} lang="fr">{tool.title}</Link></li>)}</ul></dd></div>
            )}
          </dl>
          {need.opportunity && <p><Link to={`/opportunites/${need.opportunity.id}`}>{t.seeOpportunity}</Link></p>}
        </aside>
      </div>

      <section aria-labelledby="need-labs">
        <h2 id="need-labs">{t.labs}</h2>
        <p className="hint">{t.labsIntro}</p>
        <div className="check">
          <input type="checkbox" id="need-only-open" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
          <label htmlFor="need-only-open">{t.onlyOpen}</label>
        </div>
        {need.suggestedActors.length === 0 ? <p>{t.noLabs}</p> : (
          <ol className="need-suggestions">
            {need.suggestedActors.map((s) => (
              <li key={s.actor.id}>
                <h3><Link to={`/acteurs/${s.actor.id}`} lang="fr">{s.actor.name}</Link></h3>
                <p className="hint">
                  {label(ACTOR_KINDS, s.actor.kind, language)}{s.actor.territory.communeName && <> · <span lang="fr">{s.actor.territory.communeName}</span></>}
                  {' · '}{t.score} {formatNumber(s.score, language)}
                </p>
                <Reasons reasons={s.reasons} language={language} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="need-people">
        <h2 id="need-people">{t.people}</h2>
        <p className="hint">{t.peopleIntro}{!user && <> {t.signInForCoordinates}</>}</p>
        {need.suggestedContacts.length === 0 ? <p>{t.noPeople}</p> : (
          <ol className="need-suggestions">
            {need.suggestedContacts.map((s) => (
              <li key={s.contact.id}>
                <h3 lang="fr">{s.contact.displayName}</h3>
                <p className="hint">
                  {s.contact.roles.map((role) => label(CONTACT_ROLES, role, language)).join(', ')}
                  {s.contact.jobTitle && <> · <span lang="fr">{s.contact.jobTitle}</span></>}
                  {s.contact.organization?.name && <> {t.worksAt} <Link to={`/acteurs/${s.contact.organization.id}`} lang="fr">{s.contact.organization.name}</Link></>}
                  {' · '}{t.score} {formatNumber(s.score, language)}
                </p>
                {(s.contact.email || s.contact.phone) && (
                  <p>
                    {s.contact.email && <>{t.email} : <a href={`mailto:${s.contact.email}`}>{s.contact.email}</a> </>}
                    {s.contact.phone && <>{t.phone} : <a href={`tel:${s.contact.phone.replace(/\s/g, '')}`}>{s.contact.phone}</a></>}
                  </p>
                )}
                <Reasons reasons={s.reasons} language={language} />
              </li>
            ))}
          </ol>
        )}
      </section>

      {editor && need.status === 'OPEN' && <TurnIntoOpportunity id={need.id} version={need.version} />}
    </article>
  );
}
