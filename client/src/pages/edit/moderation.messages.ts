/** Messages of the moderation queue (/edition/moderation) and of its link on the editors' home. */
import type { Messages } from '../../i18n/i18n';

type Kind = 'Actor' | 'Opportunity' | 'Contact';

export const MODERATION: Messages<{
  title: string; intro: string; link: (n: number) => string; none: string; kinds: Record<Kind, string>;
  creation: (kind: string, name: string) => string; correction: (kind: string, name: string) => string;
  by: (name: string, date: string) => string; where: string; note: string;
  field: string; current: string; proposed: string; empty: string; editHint: string;
  conflict: (base: number, current: number) => string;
  accept: string; acceptAnyway: string; accepting: string; reject: string; rejecting: string; reason: string; reasonHint: string;
  accepted: string; rejected: string; see: string; error: string;
}> = {
  fr: {
    title: 'Propositions à modérer',
    intro: 'Les propositions des membres pour vos territoires, les plus anciennes d’abord. Vous pouvez retoucher les textes proposés avant d’accepter ; un refus doit être motivé : la personne lira votre motif.',
    link: (n) => (n === 0 ? 'Aucune proposition à modérer' : n === 1 ? '1 proposition à modérer' : `${n} propositions à modérer`),
    none: 'Aucune proposition en attente sur vos territoires.',
    kinds: { Actor: 'acteur', Opportunity: 'opportunité', Contact: 'interlocuteur' },
    creation: (kind, name) => `Nouvel·le ${kind} : « ${name} »`, correction: (kind, name) => `Correction (${kind}) : « ${name} »`,
    by: (name, date) => `Proposé par ${name} le ${date}`, where: 'Territoire', note: 'Message',
    field: 'Champ', current: 'Actuellement', proposed: 'Proposé', empty: '(vide)', editHint: 'Les textes proposés peuvent être retouchés avant d’accepter.',
    conflict: (base, current) => `La fiche a changé depuis la proposition (proposée sur la version ${base}, elle est en version ${current}). Comparez avec les valeurs actuelles avant d’accepter.`,
    accept: 'Accepter', acceptAnyway: 'Accepter malgré la modification', accepting: 'Acceptation…', reject: 'Refuser', rejecting: 'Refus…',
    reason: 'Motif du refus', reasonHint: 'Obligatoire pour refuser ; la personne qui a proposé le lira.',
    accepted: 'Proposition acceptée : la fiche est enregistrée.', rejected: 'Proposition refusée : le motif a été transmis.', see: 'Voir la fiche',
    error: 'L’action n’a pas abouti :',
  },
  en: {
    title: 'Proposals to moderate',
    intro: 'Members’ proposals for your territories, oldest first. You may retouch the proposed texts before accepting; a rejection needs a reason, which the member will read.',
    link: (n) => (n === 0 ? 'No proposal to moderate' : n === 1 ? '1 proposal to moderate' : `${n} proposals to moderate`),
    none: 'No pending proposal in your territories.',
    kinds: { Actor: 'actor', Opportunity: 'opportunity', Contact: 'contact' },
    creation: (kind, name) => `New ${kind}: “${name}”`, correction: (kind, name) => `Correction (${kind}): “${name}”`,
    by: (name, date) => `Proposed by ${name} on ${date}`, where: 'Territory', note: 'Message',
    field: 'Field', current: 'Now', proposed: 'Proposed', empty: '(empty)', editHint: 'Proposed texts may be retouched before accepting.',
    conflict: (base, current) => `The record changed since the proposal (made on version ${base}, it is now version ${current}). Compare with the current values before accepting.`,
    accept: 'Accept', acceptAnyway: 'Accept despite the change', accepting: 'Accepting…', reject: 'Reject', rejecting: 'Rejecting…',
    reason: 'Reason for rejection', reasonHint: 'Required to reject; the member who proposed it will read it.',
    accepted: 'Proposal accepted: the record is saved.', rejected: 'Proposal rejected: the reason was sent.', see: 'See the record',
    error: 'The action did not go through:',
  },
};

