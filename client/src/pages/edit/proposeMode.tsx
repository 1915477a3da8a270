/**
 * The editors' "propose" mode (issue 6): the same forms, with the same fields and the API's
 * validation messages next to each, but saving sends a proposal (proposeActor,
 * proposeActorCorrection…) for the editors of the territory to moderate instead of writing the
 * record. The contribution module (/contribuer) provides it; editors read it with useProposeMode.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useMessages, type Messages } from '../../i18n/i18n';
import { TextAreaField, type EditForm } from './fields';

export type ProposedKind = 'Actor' | 'Opportunity' | 'Contact';

export interface ProposeWrites {
  /** Sends a new record for moderation; resolves to the proposal's id. */
  create(kind: ProposedKind, input: Record<string, unknown>, note: string): Promise<string>;
  /** Sends a correction (only the changed fields) based on the version the member saw. */
  update(kind: ProposedKind, id: string, input: Record<string, unknown>, note: string): Promise<string>;
  /** Where a sent proposal leads (the member's contributions). */
  afterSave(): string;
}

interface ProposeMode extends ProposeWrites {
  note: string;
  setNote(note: string): void;
}

const Context = createContext<ProposeMode | null>(null);

export function ProposeModeProvider({ writes, children }: { writes: ProposeWrites; children: ReactNode }) {
  const [note, setNote] = useState('');
  return <Context.Provider value={{ ...writes, note, setNote }}>{children}</Context.Provider>;
}

/** Null in the editors' own area; the proposal writes in /contribuer. */
export function useProposeMode(): ProposeMode | null {
  return useContext(Context);
}

/**
 * The fields of `after` that differ from `before` (top-level, nested inputs as wholes): a
 * correction proposes what the member changed, not the whole record again.
 */
export function changedInput(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(after).filter(([key, value]) => JSON.stringify(value ?? null) !== JSON.stringify(before[key] ?? null)));
}

const MESSAGES: Messages<{ note: string; noteHint: string; newTitle: Record<ProposedKind, string>; correctTitle: (name: string) => string; submit: string; correct: string; back: string }> = {
  fr: {
    note: 'Message aux éditeurs', noteHint: 'Facultatif : d’où vient l’information (un lien, un document), pourquoi ce changement.',
    newTitle: { Actor: 'Proposer un nouvel acteur', Opportunity: 'Proposer une nouvelle opportunité', Contact: 'Proposer un nouvel interlocuteur' },
    correctTitle: (name) => `Suggérer une correction : « ${name} »`,
    submit: 'Envoyer la proposition', correct: 'Envoyer la correction', back: 'Retour à « Contribuer »',
  },
  en: {
    note: 'Message to the editors', noteHint: 'Optional: where the information comes from (a link, a document), why the change.',
    newTitle: { Actor: 'Propose a new actor', Opportunity: 'Propose a new opportunity', Contact: 'Propose a new contact' },
    correctTitle: (name) => `Suggest a correction: “${name}”`,
    submit: 'Send the proposal', correct: 'Send the correction', back: 'Back to “Contribute”',
  },
};

export function useProposeMessages() {
  return useMessages(MESSAGES);
}

/** The member's message to the moderators, at the end of a proposal form. */
export function ProposalNoteField({ form }: { form: EditForm }) {
  const mode = useProposeMode();
  const m = useMessages(MESSAGES);
  if (!mode) return null;
  return <TextAreaField form={form} name="note" label={m.note} hint={m.noteHint} value={mode.note} onChange={mode.setNote} rows={3} />;
}
