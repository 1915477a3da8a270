/** Messages of the contribution pages (/contribuer), of "my contributions" and of the verification lines on record pages. */
import type { Messages } from '../../i18n/i18n';

type Kind = 'Actor' | 'Opportunity' | 'Contact';
type Status = 'PENDING' | 'ACCEPTED' | 'REJECTED';

export const CONTRIBUTE: Messages<{
  title: string; intro: string; signInNeeded: string; signInText: string; signIn: string;
  newTitle: string; newActor: string; newOpportunity: string; newContact: string; correctTitle: string; correctText: string;
  mine: string; mineTitle: string; mineIntro: string; none: string; sent: string;
  kinds: Record<Kind, string>; statuses: Record<Status, string>; creation: string; correction: string;
  proposedOn: (date: string) => string; decidedBy: (name: string, date: string) => string; reason: string; moderatorNote: string; see: string;
  verified: (name: string, date: string) => string; anEditor: string; notVerified: string; suggestCorrection: string;
}> = {
  fr: {
    title: 'Contribuer à l’annuaire',
    intro: 'Proposez une fiche qui manque ou une correction : les éditeurs du territoire la relisent, l’acceptent (parfois en la retouchant) ou la refusent en expliquant pourquoi. Vous suivez la réponse dans « Mes contributions ».',
    signInNeeded: 'Connectez-vous pour contribuer', signInText: 'Les propositions sont signées : il faut un compte, même simple membre.', signIn: 'Se connecter',
    newTitle: 'Proposer une nouvelle fiche', newActor: 'Un acteur', newOpportunity: 'Une opportunité', newContact: 'Un interlocuteur',
    correctTitle: 'Corriger une fiche existante',
    correctText: 'Ouvrez la fiche (acteur, opportunité ou interlocuteur) et choisissez « Suggérer une correction ».',
    mine: 'Mes contributions', mineTitle: 'Mes contributions',
    mineIntro: 'Vos propositions, les plus récentes d’abord, avec la réponse des éditeurs.',
    none: 'Vous n’avez encore rien proposé.', sent: 'Proposition envoyée : les éditeurs du territoire vont la relire.',
    kinds: { Actor: 'Acteur', Opportunity: 'Opportunité', Contact: 'Interlocuteur' },
    statuses: { PENDING: 'En attente', ACCEPTED: 'Acceptée', REJECTED: 'Refusée' },
    creation: 'Nouvelle fiche', correction: 'Correction',
    proposedOn: (date) => `Proposée le ${date}`, decidedBy: (name, date) => `par ${name}, le ${date}`,
    reason: 'Motif du refus', moderatorNote: 'Message de l’éditeur', see: 'Voir la fiche',
    verified: (name, date) => `Vérifiée par ${name} le ${date}.`, anEditor: 'un éditeur', notVerified: 'Pas encore vérifiée par un éditeur.',
    suggestCorrection: 'Suggérer une correction',
  },
  en: {
    title: 'Contribute to the directory',
    intro: 'Propose a missing record or a correction: the editors of the territory review it, accept it (sometimes with edits) or reject it, saying why. Follow the answer in “My contributions”.',
    signInNeeded: 'Sign in to contribute', signInText: 'Proposals are signed: you need an account, a member one is enough.', signIn: 'Sign in',
    newTitle: 'Propose a new record', newActor: 'An actor', newOpportunity: 'An opportunity', newContact: 'A contact',
    correctTitle: 'Correct an existing record',
    correctText: 'Open the record (actor, opportunity or contact) and choose “Suggest a correction”.',
    mine: 'My contributions', mineTitle: 'My contributions',
    mineIntro: 'Your proposals, newest first, with the editors’ answer.',
    none: 'You have not proposed anything yet.', sent: 'Proposal sent: the editors of the territory will review it.',
    kinds: { Actor: 'Actor', Opportunity: 'Opportunity', Contact: 'Contact' },
    statuses: { PENDING: 'Pending', ACCEPTED: 'Accepted', REJECTED: 'Rejected' },
    creation: 'New record', correction: 'Correction',
    proposedOn: (date) => `Proposed on ${date}`, decidedBy: (name, date) => `by ${name}, on ${date}`,
    reason: 'Reason for rejection', moderatorNote: 'Message from the editor', see: 'See the record',
    verified: (name, date) => `Verified by ${name} on ${date}.`, anEditor: 'an editor', notVerified: 'Not verified by an editor yet.',
    suggestCorrection: 'Suggest a correction',
  },
};
