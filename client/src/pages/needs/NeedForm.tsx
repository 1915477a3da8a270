/** Publishing a research need (editors of the need's territory; the API enforces it and names every bad field). */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import type { ResearchNeedHorizon } from '../../gql/graphql';
import { COMMON } from '../../i18n/common';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../ui/labels';
import { TerritorySelects } from '../../ui/TerritorySelects';
import { problemFromError } from '../edit/apiErrors';
import { FORM, HORIZONS } from './messages';
import './needs.css';

const PublishMutation = graphql(`
  mutation PublishResearchNeed($input: PublishResearchNeedInput!) {
    publishResearchNeed(input: $input) { id }
  }
`);

const RequesterSearch = graphql(`
  query ResearchNeedRequesterSearch($search: String!) {
    actors(filter: { search: $search, kinds: [COLLECTIVITY, ASSOCIATION, PUBLIC_BODY] }, first: 8) {
      nodes { id name kind territory { departmentCode } }
    }
  }
`);

const ToolsQuery = graphql(`
  query ResearchNeedTools { partnershipTools { slug title } }
`);

const list = (value: string) => value.split(',').map((v) => v.trim()).filter(Boolean);

export function NeedForm() {
  const t = useMessages(FORM);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [themes, setThemes] = useState('');
  const [ercPanels, setErcPanels] = useState('');
  const [region, setRegion] = useState('');
  const [department, setDepartment] = useState('');
  const [communeCode, setCommuneCode] = useState('');
  const [search, setSearch] = useState('');
  const [requester, setRequester] = useState<{ id: string; name: string } | null>(null);
  const [horizon, setHorizon] = useState<ResearchNeedHorizon>('MEDIUM_TERM');
  const [tools, setTools] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [publish, { loading }] = useMutation(PublishMutation);
  const found = useQuery(RequesterSearch, { variables: { search: search.trim() }, skip: search.trim().length < 2 });
  const toolOptions = useQuery(ToolsQuery);

  if (!user || user.role === 'member') return <div><h1>{t.title}</h1><p>{t.signIn} <Link to="/connexion?retour=/besoins/nouveau">{common.signIn}</Link></p></div>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    try {
      const territory = communeCode.trim() ? { communeCode: communeCode.trim() } : department ? { departmentCode: department } : { regionCode: region || null };
      const { data } = await publish({
        variables: {
          input: { title, question, themes: list(themes), ercPanels: list(ercPanels), territory, requesterId: requester?.id ?? '', toolSlugs: tools, horizon },
        },
      });
      if (data) void navigate(`/besoins/${data.publishResearchNeed.id}`);
    } catch (error) {
      const problem = problemFromError(error);
      setProblems(problem.kind === 'invalid' ? problem.fields.map((f) => `${f.field.replace(/^input\./, '')} : ${f.message}`) : [problem.kind === 'forbidden' ? t.forbidden : common.error]);
    }
  };

  return (
    <div className="need-form">
      <title>{`${t.title} — ${common.appName}`}</title>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {problems.length > 0 && (
        <div role="alert" className="state error"><p>{t.refused}</p><ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul></div>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <div className="field"><label htmlFor="need-title-input">{t.needTitle}</label>
          <input id="need-title-input" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} /></div>
        <div className="field"><label htmlFor="need-question-input">{t.question}</label>
          <textarea id="need-question-input" rows={6} value={question} onChange={(e) => setQuestion(e.target.value)} required /></div>
        <div className="field"><label htmlFor="need-themes-input">{t.themes}</label>
          <input id="need-themes-input" value={themes} onChange={(e) => setThemes(e.target.value)} aria-describedby="need-themes-hint" required />
          <p id="need-themes-hint" className="hint">{t.themesHint}</p></div>
        <div className="field"><label htmlFor="need-erc-input">{t.ercPanels}</label>
          <input id="need-erc-input" value={ercPanels} onChange={(e) => setErcPanels(e.target.value)} aria-describedby="need-erc-hint" />
          <p id="need-erc-hint" className="hint">{t.ercHint}</p></div>
        <fieldset>
          <legend>{t.requester}</legend>
          <div className="field"><label htmlFor="need-requester-search">{t.requester}</label>
            <input id="need-requester-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="need-requester-hint" />
            <p id="need-requester-hint" className="hint">{t.requesterHint}</p></div>
          {requester && <p role="status">{t.picked} <strong lang="fr">{requester.name}</strong></p>}
          <ul className="plain">
            {found.data?.actors.nodes.map((actor) => (
              <li key={actor.id}>
                <button type="button" className="secondary" onClick={() => setRequester({ id: actor.id, name: actor.name })}>
                  {t.pick} <span lang="fr">{actor.name}</span> ({label(ACTOR_KINDS, actor.kind, language)}{actor.territory.departmentCode ? `, ${actor.territory.departmentCode}` : ''})
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend>{common.nav.map}</legend>
          <TerritorySelects idPrefix="need-form" region={region} department={department} onChange={(next) => { setRegion(next.region); setDepartment(next.department); }} />
          <div className="field"><label htmlFor="need-commune-input">{t.communeCode}</label>
            <input id="need-commune-input" value={communeCode} onChange={(e) => setCommuneCode(e.target.value)} inputMode="numeric" aria-describedby="need-commune-hint" />
            <p id="need-commune-hint" className="hint">{t.communeHint}</p></div>
        </fieldset>
        <div className="field"><label htmlFor="need-horizon-input">{t.horizon}</label>
          <select id="need-horizon-input" value={horizon} onChange={(e) => setHorizon(e.target.value as ResearchNeedHorizon)}>
            {Object.keys(HORIZONS).map((h) => <option key={h} value={h}>{HORIZONS[h]![language]}</option>)}
          </select></div>
        <fieldset className="need-tools">
          <legend>{t.tools}</legend>
          {toolOptions.data?.partnershipTools.map((tool) => (
            <div className="check" key={tool.slug}>
              <input type="checkbox" id={`need-tool-${tool.slug}`} checked={tools.includes(tool.slug)}
                onChange={(e) => setTools(e.target.checked ? [...tools, tool.slug] : tools.filter((s) => s !== tool.slug))} />
              <label htmlFor={`need-tool-${tool.slug}`} lang="fr">{tool.title}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={loading}>{loading ? t.submitting : t.submit}</button>
      </form>
    </div>
  );
}
