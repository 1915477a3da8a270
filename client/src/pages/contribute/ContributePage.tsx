/**
 * Contributions (/contribuer/*, issue 6), for every signed-in person, members included: propose a
 * new actor, opportunity or contact, or a correction of one (the editors' own forms in propose
 * mode, see edit/proposeMode.tsx), and follow one's proposals (/contribuer/mes-contributions).
 */
import { useMutation } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../../auth/session';
import { graphql } from '../../gql';
import type { CreateActorInput, CreateContactInput, CreateOpportunityInput, UpdateActorInput, UpdateContactInput, UpdateOpportunityInput } from '../../gql/graphql';
import { useMessages } from '../../i18n/i18n';
import { Loading } from '../../ui/states';
import { ProposeModeProvider, type ProposeWrites } from '../edit/proposeMode';
import { CONTRIBUTE } from './messages';
import '../edit/edit.css';

const ActorEditor = lazy(async () => ({ default: (await import('../edit/ActorEditor')).ActorEditor }));
const OpportunityEditor = lazy(async () => ({ default: (await import('../edit/OpportunityEditor')).OpportunityEditor }));
const ContactEditor = lazy(async () => ({ default: (await import('../edit/ContactEditor')).ContactEditor }));
const MyContributions = lazy(async () => ({ default: (await import('./MyContributions')).MyContributions }));

const ProposeActor = graphql(`
  mutation ProposeActor($input: CreateActorInput!, $note: String) { proposeActor(input: $input, note: $note) { id status } }
`);
const ProposeActorCorrection = graphql(`
  mutation ProposeActorCorrection($id: ID!, $input: UpdateActorInput!, $note: String) { proposeActorCorrection(id: $id, input: $input, note: $note) { id status } }
`);
const ProposeOpportunity = graphql(`
  mutation ProposeOpportunity($input: CreateOpportunityInput!, $note: String) { proposeOpportunity(input: $input, note: $note) { id status } }
`);
const ProposeOpportunityCorrection = graphql(`
  mutation ProposeOpportunityCorrection($id: ID!, $input: UpdateOpportunityInput!, $note: String) {
    proposeOpportunityCorrection(id: $id, input: $input, note: $note) { id status }
  }
`);
const ProposeContact = graphql(`
  mutation ProposeContact($input: CreateContactInput!, $note: String) { proposeContact(input: $input, note: $note) { id status } }
`);
const ProposeContactCorrection = graphql(`
  mutation ProposeContactCorrection($id: ID!, $input: UpdateContactInput!, $note: String) { proposeContactCorrection(id: $id, input: $input, note: $note) { id status } }
`);

/** The proposal writes behind the forms in propose mode. */
function useProposalWrites(): ProposeWrites {
  // The member's list is read afresh after each proposal.
  const options = { refetchQueries: ['MyContributions'] };
  const [actor] = useMutation(ProposeActor, options);
  const [actorCorrection] = useMutation(ProposeActorCorrection, options);
  const [opportunity] = useMutation(ProposeOpportunity, options);
  const [opportunityCorrection] = useMutation(ProposeOpportunityCorrection, options);
  const [contact] = useMutation(ProposeContact, options);
  const [contactCorrection] = useMutation(ProposeContactCorrection, options);
  return {
    async create(kind, input, note) {
      const variables = { note: note.trim() || null };
      if (kind === 'Actor') return (await actor({ variables: { ...variables, input: input as unknown as CreateActorInput } })).data!.proposeActor.id;
      if (kind === 'Opportunity') return (await opportunity({ variables: { ...variables, input: input as unknown as CreateOpportunityInput } })).data!.proposeOpportunity.id;
      return (await contact({ variables: { ...variables, input: input as unknown as CreateContactInput } })).data!.proposeContact.id;
    },
    async update(kind, id, input, note) {
      const variables = { id, note: note.trim() || null };
      if (kind === 'Actor') return (await actorCorrection({ variables: { ...variables, input: input as UpdateActorInput } })).data!.proposeActorCorrection.id;
      if (kind === 'Opportunity') {
        return (await opportunityCorrection({ variables: { ...variables, input: input as UpdateOpportunityInput } })).data!.proposeOpportunityCorrection.id;
      }
      return (await contactCorrection({ variables: { ...variables, input: input as UpdateContactInput } })).data!.proposeContactCorrection.id;
    },
    afterSave: () => `/contribuer/mes-contributions?statut=envoye&n=${Date.now()}`,
  };
}

export function ContributePage() {
  const t = useMessages(CONTRIBUTE);
  const { user, ready } = useSession();
  const location = useLocation();
  const writes = useProposalWrites();
  if (!ready) return <Loading />;
  if (!user) {
    const back = `${location.pathname}${location.search}`;
    return (
      <div className="edit-access">
        <h1>{t.signInNeeded}</h1>
        <p>{t.signInText}</p>
        <p><Link className="button" to={`/connexion?retour=${encodeURIComponent(back)}`}>{t.signIn}</Link></p>
      </div>
    );
  }
  return (
    <ProposeModeProvider writes={writes}>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<ContributeStart />} />
          <Route path="acteurs/nouveau" element={<ActorEditor />} />
          <Route path="acteurs/:id" element={<ActorEditor />} />
          <Route path="opportunites/nouvelle" element={<OpportunityEditor />} />
          <Route path="opportunites/:id" element={<OpportunityEditor />} />
          <Route path="interlocuteurs/nouveau" element={<ContactEditor />} />
          <Route path="interlocuteurs/:id" element={<ContactEditor />} />
          <Route path="mes-contributions" element={<MyContributions />} />
          <Route path="*" element={<ContributeStart />} />
        </Routes>
      </Suspense>
    </ProposeModeProvider>
  );
}

function ContributeStart() {
  const t = useMessages(CONTRIBUTE);
  return (
    <div className="edit-start">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <section aria-labelledby="contribute-new">
        <h2 id="contribute-new">{t.newTitle}</h2>
        <ul className="cards create-cards">
          <li><Link to="/contribuer/acteurs/nouveau">{t.newActor}</Link></li>
          <li><Link to="/contribuer/opportunites/nouvelle">{t.newOpportunity}</Link></li>
          <li><Link to="/contribuer/interlocuteurs/nouveau">{t.newContact}</Link></li>
        </ul>
      </section>
      <section aria-labelledby="contribute-correct">
        <h2 id="contribute-correct">{t.correctTitle}</h2>
        <p>{t.correctText}</p>
      </section>
      <p><Link to="/contribuer/mes-contributions">{t.mine}</Link></p>
    </div>
  );
}
