/**
 * Existing actors that the one being typed may duplicate (same official identifier, or a similar
 * name in the same département), shown in the actor editor before saving. Asked again as the
 * form changes, a moment after the editor stops typing.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ActorDuplicateProbe, ActorKind, CollectivityLevel } from '../../gql/graphql';
import { useMessages, type Messages } from '../../i18n/i18n';
import { toTerritoryInput, type ActorFormState } from './formState';

const MESSAGES: Messages<{
  title: string; intro: string; blockingIntro: string; sameIdentifier: (identifier: string) => string; similarName: (percent: number) => string;
  blocks: string; open: string; merge: string; mergeLabel: (name: string) => string;
}> = {
  fr: {
    title: 'Fiches existantes qui pourraient être la même',
    intro: 'Vérifiez avant d’enregistrer : s’il s’agit de la même organisation, modifiez plutôt la fiche existante.',
    blockingIntro: 'Un identifiant officiel est déjà celui d’une autre fiche : l’enregistrement sera refusé.',
    sameIdentifier: (identifier) => `même ${identifier}`,
    similarName: (percent) => `nom proche (similarité ${percent} %)`,
    blocks: 'bloque l’enregistrement',
    open: 'ouvrir la fiche',
    merge: 'Fusionner',
    mergeLabel: (name) => `Fusionner cette fiche avec « ${name} »`,
  },
  en: {
    title: 'Existing records that may be the same',
    intro: 'Check before saving: if it is the same organisation, edit the existing record instead.',
    blockingIntro: 'An official identifier already belongs to another record: saving will be refused.',
    sameIdentifier: (identifier) => `same ${identifier}`,
    similarName: (percent) => `similar name (${percent} % similarity)`,
    blocks: 'blocks saving',
    open: 'open the record',
    merge: 'Merge',
    mergeLabel: (name) => `Merge this record with “${name}”`,
  },
};

const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($input: ActorDuplicateProbe!) {
    possibleDuplicates(input: $input) {
      reason
      identifier
      score
      blocking
      actor { id name kind territory { communeName departmentName } }
    }
  }
`);

/** What to ask about: null while there is too little to compare. */
export function duplicateProbe(state: ActorFormState, excludeId: string | undefined): ActorDuplicateProbe | null {
  const identifiers = Object.fromEntries(Object.entries(state.identifiers).map(([k, v]) => [k, v.trim() || null]));
  const name = state.name.trim();
  if (name.length < 3 && !Object.values(identifiers).some(Boolean)) return null;
  const territory = toTerritoryInput(state.territory);
  return {
    name,
    kind: (state.kind || null) as ActorKind | null,
    collectivityLevel: state.kind === 'COLLECTIVITY' ? ((state.collectivityLevel || null) as CollectivityLevel | null) : null,
    identifiers,
    territory: Object.values(territory).some(Boolean) ? territory : null,
    excludeId: excludeId ?? null,
  };
}

/** The value, once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, delay]);
  return settled;
}

export function PossibleDuplicates({ state, excludeId, canMerge = true }: { state: ActorFormState; excludeId?: string; canMerge?: boolean }) {
  const m = useMessages(MESSAGES);
  const probe = useSettled(duplicateProbe(state, excludeId), 400);
  const { data } = useQuery(PossibleDuplicatesQuery, { variables: { input: probe! }, skip: !probe, fetchPolicy: 'network-only' });
  const candidates = probe ? data?.possibleDuplicates ?? [] : [];
  const blocking = candidates.some((c) => c.blocking);
  return (
    <section className="duplicates notice" aria-live="polite" aria-labelledby="duplicates-title" hidden={!candidates.length}>
      {candidates.length > 0 && (
        <>
          <h2 id="duplicates-title">{m.title}</h2>
          <p>{blocking ? m.blockingIntro : m.intro}</p>
          <ul>
            {candidates.map((c) => {
              const where = [c.actor.territory.communeName, c.actor.territory.departmentName].filter(Boolean).join(', ');
              const why = c.reason === 'IDENTIFIER' ? m.sameIdentifier((c.identifier ?? '').toUpperCase()) : m.similarName(Math.round(c.score * 100));
              return (
                <li key={c.actor.id}>
                  <Link to={`/acteurs/${c.actor.id}`}>{c.actor.name}</Link>
                  {where && ` (${where})`} — {why}
                  {c.blocking && <strong> — {m.blocks}</strong>}
                  {/* An existing record can be merged with its duplicate (side by side, field by field). */}
                  {excludeId && canMerge && (
                    <> — <Link to={`/edition/fusion?a=${excludeId}&b=${c.actor.id}`} aria-label={m.mergeLabel(c.actor.name)}>{m.merge}</Link></>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
