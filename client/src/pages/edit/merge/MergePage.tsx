/**
 * /edition/fusion?a=<id>&b=<id>: two records side by side; the editor chooses the record that stays
 * and, field by field, which value to keep (by default the record that stays keeps its values and the
 * other fills its gaps, the rule of the API), then confirms. The answer says what moved in each
 * subgraph; when a follow-up failed (a subgraph down), the merge is recorded and "Réessayer" sends
 * the same mutation again, which only moves what is left.
 */
import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type { ActorMergeField, MergeActorsMutation, MergeSidesQuery } from '../../../gql/graphql';
import { useLanguage, useMessages } from '../../../i18n/i18n';
import { ACTOR_KINDS, label } from '../../../ui/labels';
import { ErrorMessage, Loading } from '../../../ui/states';
import { MERGE } from '../workspace/messages';
import '../workspace/workspace.css';

// The same fields on both sides (inline rather than a fragment: the page reads them directly).
const MergeSides = graphql(`
  query MergeSides($a: ID!, $b: ID!) {
    a: actor(id: $a) {
      id name acronym description kind collectivityLevel website themes version archivedAt
      mergedInto { id name }
      identifiers { insee siren rnsr uai ror }
      territory { communeName departmentName regionName }
      parent { id name }
      source { name }
    }
    b: actor(id: $b) {
      id name acronym description kind collectivityLevel website themes version archivedAt
      mergedInto { id name }
      identifiers { insee siren rnsr uai ror }
      territory { communeName departmentName regionName }
      parent { id name }
      source { name }
    }
  }
`);

const MergeActors = graphql(`
  mutation MergeActors($input: MergeActorsInput!) {
    mergeActors(input: $input) {
      survivor { id name version }
      merged { id version archivedAt mergedInto { id } }
      merge {
        alreadyMerged childrenMoved partnershipsMoved affiliationsMoved targetsMoved
        opportunities { opportunitiesMoved researchNeedsMoved remaining }
        contacts { contactsMoved remaining }
      }
    }
  }
`);

type Side = NonNullable<MergeSidesQuery['a']>;
type Merge = MergeActorsMutation['mergeActors'];

const FIELDS: ActorMergeField[] = ['NAME', 'ACRONYM', 'DESCRIPTION', 'KIND', 'WEBSITE', 'TERRITORY', 'PARENT', 'SOURCE', 'INSEE', 'SIREN', 'RNSR', 'UAI', 'ROR'];

function valueOf(actor: Side, field: ActorMergeField, language: 'fr' | 'en'): string {
  switch (field) {
    case 'NAME': return actor.name;
    case 'ACRONYM': return actor.acronym ?? '';
    case 'DESCRIPTION': return actor.description ?? '';
    case 'KIND': return label(ACTOR_KINDS, actor.kind, language);
    case 'WEBSITE': return actor.website ?? '';
    case 'TERRITORY': return [actor.territory.communeName, actor.territory.departmentName, actor.territory.regionName].filter(Boolean).join(', ');
    case 'PARENT': return actor.parent?.name ?? '';
    case 'SOURCE': return actor.source.name;
    default: return actor.identifiers[field.toLowerCase() as 'insee'] ?? '';
  }
}

/** The API's default: keep the survivor's value, take the other's where the survivor has none. */
export function defaultTake(survivor: Side, other: Side, language: 'fr' | 'en'): Set<ActorMergeField> {
  return new Set(FIELDS.filter((f) => f !== 'NAME' && f !== 'KIND' && f !== 'SOURCE' && !valueOf(survivor, f, language) && !!valueOf(other, f, language)));
}

export function MergePage() {
  const t = useMessages(MERGE);
  const { language } = useLanguage();
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const { data, loading, error, refetch } = useQuery(MergeSides, { variables: { a, b }, skip: !a || !b || a === b, fetchPolicy: 'network-only' });
  const [survivorKey, setSurvivorKey] = useState<'a' | 'b'>('a');
  const [take, setTake] = useState<Set<ActorMergeField>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ merge: Merge | null; partial: boolean; problems: string[] } | null>(null);
  const [mergeActors, { loading: merging }] = useMutation(MergeActors, { errorPolicy: 'all' });
  useEffect(() => { document.title = t.title; }, [t.title]);

  const survivor = data ? (survivorKey === 'a' ? data.a : data.b) : null;
  const other = data ? (survivorKey === 'a' ? data.b : data.a) : null;
  const survivorId = survivor?.id;
  const otherId = other?.id;
  useEffect(() => {
    if (survivor && other) setTake(defaultTake(survivor as Side, other as Side, language));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [survivorId, otherId]);
  const shownFields = useMemo(
    () => (survivor && other ? FIELDS.filter((f) => valueOf(survivor as Side, f, language) || valueOf(other as Side, f, language)) : []),
    [survivor, other, language],
  );

  if (!a || !b || a === b) return <div className="merge-page"><h1>{t.title}</h1><p>{t.pickTwo}</p></div>;
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data?.a || !data.b || !survivor || !other) return <div className="merge-page"><h1>{t.title}</h1><p>{t.notFound}</p></div>;
  const s = survivor as Side;
  const o = other as Side;

  const run = async () => {
    setConfirming(false);
    const answer = await mergeActors({
      variables: { input: { survivorId: s.id, mergedId: o.id, takeFromMerged: [...take], survivorVersion: result ? null : s.version, mergedVersion: result ? null : o.version } },
    });
    const merge = answer.data?.mergeActors ?? null;
    const problems = answer.error ? (CombinedGraphQLErrors.is(answer.error) ? answer.error.errors.map((e) => e.message) : [answer.error.message]) : [];
    const partial = !!merge && (!merge.merge.opportunities || !merge.merge.contacts || merge.merge.opportunities.remaining > 0 || merge.merge.contacts.remaining > 0);
    setResult({ merge, partial, problems });
    if (!merge) void refetch();
  };

  if (result?.merge && !result.partial) {
    const m = result.merge.merge;
    const parts = [
      t.children(m.childrenMoved), t.partnerships(m.partnershipsMoved), t.targets(m.targetsMoved),
      t.opportunities(m.opportunities?.opportunitiesMoved ?? 0), t.contacts(m.contacts?.contactsMoved ?? 0),
    ];
    return (
      <div className="merge-page">
        <h1>{t.title}</h1>
        <div className="success" role="status">
          <p>{m.alreadyMerged ? t.already : t.done(result.merge.survivor.name)}</p>
          <p>{t.moved(parts)}</p>
        </div>
        <p><Link to={`/acteurs/${result.merge.survivor.id}`}>{t.openSurvivor}</Link></p>
      </div>
    );
  }

  return (
    <div className="merge-page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {(data.a.mergedInto || data.b.mergedInto) && <p className="notice">{t.merged((data.a.mergedInto ?? data.b.mergedInto)!.name)}</p>}
      <fieldset>
        <legend>{t.survivor}</legend>
        {(['a', 'b'] as const).map((key) => {
          const actor = data[key]!;
          return (
            <label key={key} className="choice">
              <input type="radio" name="survivor" value={key} checked={survivorKey === key} onChange={() => { setSurvivorKey(key); setResult(null); }} />
              {' '}{t.keep(actor.name)} <span className="hint">({label(ACTOR_KINDS, actor.kind, language)}, v{actor.version})</span>
            </label>
          );
        })}
      </fieldset>
      <table className="merge-table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr><th scope="col">{t.field}</th><th scope="col">{s.name}</th><th scope="col">{o.name}</th></tr>
        </thead>
        <tbody>
          {shownFields.map((field) => {
            const mine = valueOf(s, field, language);
            const theirs = valueOf(o, field, language);
            const taken = take.has(field) && !!theirs;
            const name = `take-${field}`;
            const choose = (fromOther: boolean) => setTake((prev) => { const next = new Set(prev); if (fromOther) next.add(field); else next.delete(field); return next; });
            return (
              <tr key={field}>
                <th scope="row">{t.fields[field]}</th>
                <td><label><input type="radio" name={name} checked={!taken} disabled={!mine && !!theirs} onChange={() => choose(false)} /> {mine || <em>{t.empty}</em>}</label></td>
                <td><label><input type="radio" name={name} checked={taken} disabled={!theirs || mine === theirs} onChange={() => choose(true)} aria-label={`${t.fields[field]} : ${t.take(o.name)}`} /> {theirs || <em>{t.empty}</em>}</label></td>
              </tr>
            );
          })}
          <tr><th scope="row">{t.themes}</th><td>{s.themes.join(', ')}</td><td>{o.themes.join(', ')}</td></tr>
        </tbody>
      </table>
      <p className="hint">{t.themesUnited}</p>
      <section aria-labelledby="merge-references">
        <h2 id="merge-references">{t.references}</h2>
        <p>{t.referencesText}</p>
      </section>
      {result && (result.partial || !result.merge) && (
        <div className={result.merge ? 'notice' : 'field-error'} role="alert">
          {result.merge && <p>{t.partial}</p>}
          {result.problems.map((p) => <p key={p}>{p}</p>)}
        </div>
      )}
      {!confirming ? (
        <button type="button" disabled={merging} onClick={() => (result?.partial ? void run() : setConfirming(true))}>
          {merging ? t.merging : result?.partial ? t.retry : t.confirm}
        </button>
      ) : (
        <div role="group" aria-label={t.confirmText(o.name, s.name)} className="notice">
          <p>{t.confirmText(o.name, s.name)}</p>
          <button type="button" onClick={() => void run()} disabled={merging}>{t.confirm}</button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>✕</button>
        </div>
      )}
    </div>
  );
}
