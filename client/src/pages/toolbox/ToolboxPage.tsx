/** The partnership toolbox: its families, its intensity scale, the "what next?" helper and the 27 tools. */
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { COMMON } from '../../i18n/common';
import type { ToolFamily } from '../../gql/graphql';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { FAMILY_VALUES, TOP_LEVEL, parseToolboxParams } from './advice';
import { IntensityMarks } from './IntensityMarks';
import { TOOLBOX } from './messages';
import { NextSteps } from './NextSteps';
import { ToolCard } from './ToolCard';
import './toolbox.css';

const ToolboxQuery = graphql(`
  query ToolboxOverview {
    toolFamilies { family title titleEn description descriptionEn }
    intensityLevels { level title titleEn description descriptionEn }
  }
`);

const ToolsQuery = graphql(`
  query ToolboxTools($family: ToolFamily, $intensity: Int) {
    partnershipTools(family: $family, intensity: $intensity) {
      slug
      family
      source { name license retrievedOn }
      ...ToolCard_tool
    }
  }
`);

type Changes = { family?: ToolFamily | null; intensity?: number | null; level?: number | null; a?: string; b?: string };

export function ToolboxPage() {
  const t = useMessages(TOOLBOX);
  const common = useMessages(COMMON);
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseToolboxParams(params), [params]);
  const update = useCallback((changes: Changes, options?: { replace?: boolean }) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    }, { replace: options?.replace, preventScrollReset: true, flushSync: true });
  }, [setParams]);

  const { data, loading, error, refetch } = useQuery(ToolboxQuery);
  const list = useQuery(ToolsQuery, { variables: { family: state.family, intensity: state.intensity } });
  const families = data?.toolFamilies ?? [];
  const levels = data?.intensityLevels ?? [];
  const tools = list.data?.partnershipTools ?? [];
  const levelTitles = useMemo(() => new Map(levels.map((l) => [l.level, language === 'fr' ? l.title : l.titleEn])), [levels, language]);
  const familyTitle = (f: (typeof families)[number]) => (language === 'fr' ? f.title : f.titleEn);
  const source = tools[0]?.source;
  // "Show all" keeps the helper's state.
  const resetSearch = new URLSearchParams(params);
  resetSearch.delete('family');
  resetSearch.delete('intensity');

  return (
    <div className="toolbox">
      <title>{`${t.title} — ${common.appName}`}</title>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {source && (
        <p className="hint">
          {t.source} <cite lang="fr">{source.name}</cite> — <span lang="fr">{source.license}</span> ({formatDate(source.retrievedOn, language)}).
        </p>
      )}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {!data && loading && <Loading />}

      {families.length > 0 && (
        <section aria-labelledby="families-title">
          <h2 id="families-title">{t.families}</h2>
          <ul className="family-list">
            {families.map((f) => (
              <li key={f.family}>
                <h3>{familyTitle(f)}</h3>
                <p>{language === 'fr' ? f.description : f.descriptionEn}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {levels.length > 0 && (
        <section aria-labelledby="scale-title">
          <h2 id="scale-title">{t.scale}</h2>
          <p>{t.scaleIntro}</p>
          <ol className="scale">
            {levels.map((l) => (
              <li key={l.level}>
                <IntensityMarks levels={[l.level]} showText={false} />
                <h3>{t.level(l.level)} — {language === 'fr' ? l.title : l.titleEn}</h3>
                <p>{language === 'fr' ? l.description : l.descriptionEn}</p>
              </li>
            ))}
          </ol>
        </section>
      )}

      {data && <NextSteps level={state.level} a={state.a} b={state.b} levelTitles={levelTitles} update={update} />}

      {data && (
        <section aria-labelledby="tools-title" className="tools">
          <h2 id="tools-title">{t.tools}</h2>
          <div className="tool-filters">
            <div className="field">
              <label htmlFor="tool-family">{t.filterFamily}</label>
              <select id="tool-family" value={state.family ?? ''} onChange={(e) => update({ family: (e.target.value || null) as ToolFamily | null })}>
                <option value="">{t.anyFamily}</option>
                {FAMILY_VALUES.map((value) => {
                  const f = families.find((x) => x.family === value);
                  return f ? <option key={value} value={value}>{familyTitle(f)}</option> : null;
                })}
              </select>
            </div>
            <div className="field">
              <label htmlFor="tool-intensity">{t.filterIntensity}</label>
              <select id="tool-intensity" value={state.intensity ?? ''} onChange={(e) => update({ intensity: e.target.value ? Number(e.target.value) : null })}>
                <option value="">{t.anyIntensity}</option>
                {Array.from({ length: TOP_LEVEL }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>{`${n} — ${levelTitles.get(n) ?? ''}`}</option>
                ))}
              </select>
            </div>
            {(state.family || state.intensity) && (
              <p><Link to={{ search: resetSearch.toString() }} preventScrollReset>{t.reset}</Link></p>
            )}
          </div>
          <p role="status" className="tool-count">{list.data ? t.count(tools.length) : ''}</p>
          {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
          {!list.data && list.loading && <Loading />}
          {list.data && tools.length === 0 && <Empty>{t.none}</Empty>}
          {families.map((f) => {
            const ofFamily = tools.filter((tool) => tool.family === f.family);
            if (ofFamily.length === 0) return null;
            return (
              <section key={f.family} aria-labelledby={`group-${f.family}`} className="tool-group">
                <h3 id={`group-${f.family}`}>{familyTitle(f)} <span className="hint">({ofFamily.length})</span></h3>
                <ul className="tool-grid">
                  {ofFamily.map((tool) => <li key={tool.slug}><ToolCard tool={tool} headingLevel={4} idPrefix="tool" /></li>)}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </div>
  );
}
