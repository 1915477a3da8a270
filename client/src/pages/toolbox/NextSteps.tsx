/**
 * "Et ensuite ?": given the intensity two actors have reached (typed, or read from their recorded
 * partnerships), the toolbox's advice and the tools of the next level.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { graphql } from '../../gql';
import { useLanguage, useMessages } from '../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../ui/labels';
import { ErrorMessage, Loading } from '../../ui/states';
import { TOP_LEVEL, currentIntensityBetween, nextLevel, nextStepAdvice } from './advice';
import { NEXT } from './messages';
import { ToolCard } from './ToolCard';

const NextToolsQuery = graphql(`
  query NextStepsTools($current: Int!) {
    nextPartnershipTools(currentIntensity: $current) { slug ...ToolCard_tool }
  }
`);

const ActorSearchQuery = graphql(`
  query NextStepsActorSearch($search: String!) {
    actors(filter: { search: $search }, first: 8) {
      nodes { id name kind territory { communeName departmentName } }
    }
  }
`);

const ActorNameQuery = graphql(`
  query NextStepsActorName($id: ID!) {
    actor(id: $id) { id name }
  }
`);

const PairQuery = graphql(`
  query NextStepsPair($a: ID!) {
    actor(id: $a) {
      id
      name
      partnerships { id intensity partner { id name } tool { slug title } }
    }
  }
`);

interface Props {
  level: number | null;
  a: string;
  b: string;
  /** Titles of the intensity levels, in the page's language. */
  levelTitles: Map<number, string>;
  update(changes: { level?: number | null; a?: string; b?: string }, options?: { replace?: boolean }): void;
}

export function NextSteps({ level, a, b, levelTitles, update }: Props) {
  const t = useMessages(NEXT);
  const { language } = useLanguage();
  // A shared URL that already names a pair and a level keeps that level; choosing a pair afterwards fills it.
  const filled = useRef(a && b && level !== null ? `${a}|${b}` : '');
  return (
    <section className="next-steps" aria-labelledby="next-title">
      <h2 id="next-title">{t.title}</h2>
      <p>{t.intro}</p>
      <details className="next-actors" open={!!(a || b)}>
        <summary>{t.actors}</summary>
        <p className="hint">{t.actorsIntro}</p>
        <div className="next-pickers">
          <ActorPicker inputId="next-a" label={t.first} selected={a} onPick={(id) => update({ a: id })} />
          <ActorPicker inputId="next-b" label={t.second} selected={b} onPick={(id) => update({ b: id })} />
        </div>
        {a && b && <PairIntensity a={a} b={b} level={level} filled={filled} onLevel={(value) => update({ level: value }, { replace: true })} />}
      </details>
      <div className="field">
        <label htmlFor="next-level">{t.current}</label>
        <select
          id="next-level" value={level ?? ''}
          onChange={(e) => update({ level: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">{t.choose}</option>
          <option value="0">{t.zero}</option>
          {Array.from({ length: TOP_LEVEL }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>{t.levelOption(n, levelTitles.get(n) ?? '')}</option>
          ))}
        </select>
      </div>
      {level !== null && <Advice level={level} language={language} />}
    </section>
  );
}

function Advice({ level, language }: { level: number; language: 'fr' | 'en' }) {
  const t = useMessages(NEXT);
  const { data, loading, error, refetch } = useQuery(NextToolsQuery, { variables: { current: level } });
  const advice = nextStepAdvice(level, language);
  const tools = data?.nextPartnershipTools ?? [];
  return (
    <div className="next-advice">
      <h3>{advice.heading}</h3>
      {advice.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      <p role="status" className="tool-count">{data ? t.toolsCount(nextLevel(level), tools.length) : ''}</p>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {tools.length > 0 && (
        <ul className="tool-grid" aria-label={t.toolsOfLevel(nextLevel(level))}>
          {tools.map((tool) => <li key={tool.slug}><ToolCard tool={tool} headingLevel={4} idPrefix="next" /></li>)}
        </ul>
      )}
    </div>
  );
}

/** The intensity between two chosen actors, filling the level once per pair. */
function PairIntensity({ a, b, level, filled, onLevel }: { a: string; b: string; level: number | null; filled: RefObject<string>; onLevel(level: number): void }) {
  const t = useMessages(NEXT);
  const { data, error } = useQuery(PairQuery, { variables: { a }, skip: a === b });
  const partner = useQuery(ActorNameQuery, { variables: { id: b }, skip: a === b });
  const actor = data?.actor;
  const intensity = actor ? currentIntensityBetween(actor.partnerships, b) : null;
  useEffect(() => {
    if (intensity === null || filled.current === `${a}|${b}`) return;
    filled.current = `${a}|${b}`;
    if (intensity !== level) onLevel(intensity);
  }, [a, b, intensity, level, filled, onLevel]);

  if (a === b) return <p role="status">{t.sameActor}</p>;
  if (error || partner.error) return <ErrorMessage error={(error ?? partner.error)!} />;
  const partnerName = partner.data?.actor?.name;
  if (!actor || !partnerName) return partner.data && !partner.data.actor ? <p role="status">{t.notFound}</p> : <Loading />;
  const strongest = actor.partnerships.filter((p) => p.partner.id === b).sort((x, y) => y.intensity - x.intensity)[0];
  return (
    <p role="status" className="next-pair">
      {strongest ? t.between(actor.name, partnerName, strongest.intensity) : t.noPartnership(actor.name, partnerName)}
      {strongest && <> {t.through} <span lang="fr">{strongest.tool.title}</span>.</>}
    </p>
  );
}

function ActorPicker({ inputId, label: text, selected, onPick }: { inputId: string; label: string; selected: string; onPick(id: string): void }) {
  const t = useMessages(NEXT);
  const { language } = useLanguage();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);
  const name = useQuery(ActorNameQuery, { variables: { id: selected }, skip: !selected });
  const results = useQuery(ActorSearchQuery, { variables: { search }, skip: !!selected || search.length < 2 });

  if (selected) {
    return (
      <div className="picker picker-chosen">
        <p><span className="picker-label">{text}</span> <strong lang="fr">{name.data?.actor?.name ?? (name.loading ? '…' : t.notFound)}</strong></p>
        <button type="button" className="secondary" onClick={() => { setInput(''); onPick(''); }}>
          {t.change} <span className="visually-hidden">({text})</span>
        </button>
      </div>
    );
  }
  const nodes = results.data?.actors.nodes ?? [];
  return (
    <div className="picker">
      <label htmlFor={inputId}>{text}</label>
      <input id={inputId} type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby={`${inputId}-hint`} autoComplete="off" />
      <p id={`${inputId}-hint`} className="hint">{t.searchHint}</p>
      <p role="status" className="hint">{results.data && search.length >= 2 ? t.results(nodes.length) : ''}</p>
      {results.error && <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />}
      {nodes.length > 0 && (
        <ul className="picker-results">
          {nodes.map((actor) => {
            const place = actor.territory.communeName ?? actor.territory.departmentName;
            return (
              <li key={actor.id}>
                <button type="button" className="secondary" onClick={() => onPick(actor.id)}>
                  <span className="visually-hidden">{t.pick} </span><span lang="fr">{actor.name}</span>
                </button>
                <span className="hint"> {label(ACTOR_KINDS, actor.kind, language)}{place ? ` — ${place}` : ''}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
