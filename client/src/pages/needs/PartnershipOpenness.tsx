/**
 * On an actor's page: whether it is open to partnerships with collectivités (matchmaking), for
 * everyone when it has said so; editors record it (the API checks their territory and the version).
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import { useMessages, type Messages } from '../../i18n/i18n';
import { problemFromError } from '../edit/apiErrors';

const OpennessQuery = graphql(`
  query ActorPartnershipOpenness($id: ID!) { actor(id: $id) { id version openToPartnerships } }
`);

const SetOpenness = graphql(`
  mutation SetPartnershipOpenness($id: ID!, $open: Boolean, $expectedVersion: Int) {
    setPartnershipOpenness(id: $id, open: $open, expectedVersion: $expectedVersion) { id version openToPartnerships }
  }
`);

const MESSAGES: Messages<{
  title: string; open: string; closed: string; unknown: string; label: string; save: string; saved: string;
  forbidden: string; conflict: string; failed: string; hint: string; yes: string; no: string;
}> = {
  fr: {
    title: 'Partenariats avec les collectivités', open: 'Ouvert aux partenariats avec les collectivités et services publics : mis en avant dans les suggestions des besoins de recherche.',
    closed: 'Ne souhaite pas de nouveaux partenariats pour l’instant.', unknown: 'Non précisé', label: 'Ouverture aux partenariats',
    save: 'Enregistrer', saved: 'Enregistré.', forbidden: 'Cet acteur n’est pas dans vos territoires.', conflict: 'La fiche a changé entre-temps : rechargez la page.',
    failed: 'L’enregistrement a échoué.', hint: 'Selon ce que le laboratoire vous a dit. « Non » le retire des suggestions.',
    yes: 'Oui, ouvert', no: 'Non, pas pour l’instant',
  },
  en: {
    title: 'Partnerships with local authorities', open: 'Open to partnerships with local authorities and public services: put forward in research-need suggestions.',
    closed: 'Not looking for new partnerships for now.', unknown: 'Not said', label: 'Openness to partnerships',
    save: 'Save', saved: 'Saved.', forbidden: 'This actor is not in your territories.', conflict: 'The record changed meanwhile: reload the page.',
    failed: 'Saving failed.', hint: 'As the lab told you. “No” leaves it out of suggestions.',
    yes: 'Yes, open', no: 'No, not for now',
  },
};

const CHOICES = { yes: true, no: false, unknown: null } as const;
type Choice = keyof typeof CHOICES;
const choiceOf = (open: boolean | null | undefined): Choice => (open === true ? 'yes' : open === false ? 'no' : 'unknown');

export function PartnershipOpenness({ actorId }: { actorId: string }) {
  const t = useMessages(MESSAGES);
  const { user } = useSession();
  const { data } = useQuery(OpennessQuery, { variables: { id: actorId } });
  const [save, { loading }] = useMutation(SetOpenness);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const actor = data?.actor;
  if (!actor) return null;
  const editor = user && user.role !== 'member';
  if (!editor && actor.openToPartnerships === null) return null;
  const current = choice ?? choiceOf(actor.openToPartnerships);

  const submit = async () => {
    setStatus(null);
    try {
      await save({ variables: { id: actor.id, open: CHOICES[current], expectedVersion: actor.version } });
      setStatus(t.saved);
      setChoice(null);
    } catch (error) {
      const problem = problemFromError(error);
      setStatus(problem.kind === 'forbidden' ? t.forbidden : problem.kind === 'conflict' ? t.conflict : t.failed);
    }
  };

  return (
    <section className="actor-section" aria-labelledby="openness-title">
      <h2 id="openness-title">{t.title}</h2>
      {actor.openToPartnerships !== null && <p>{actor.openToPartnerships ? t.open : t.closed}</p>}
      {editor && (
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <div className="field">
            <label htmlFor="openness-choice">{t.label}</label>
            <select id="openness-choice" value={current} onChange={(e) => setChoice(e.target.value as Choice)} aria-describedby="openness-hint">
              <option value="yes">{t.yes}</option>
              <option value="no">{t.no}</option>
              <option value="unknown">{t.unknown}</option>
            </select>
            <p id="openness-hint" className="hint">{t.hint}</p>
          </div>
          <button type="submit" disabled={loading}>{t.save}</button>
          {status && <p role="status">{status}</p>}
        </form>
      )}
    </section>
  );
}
