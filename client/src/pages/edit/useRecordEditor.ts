/**
 * What the actor, opportunity and contact editors share: the form state kept as a draft, the
 * create / save / archive writes with their errors, and where each success leads (the new
 * record's edit page with `?statut=cree`, or `?statut=enregistre` / `?statut=archive` in place).
 */
import { type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { draftKey, useDraftState } from './draft';
import { useEditForm } from './fields';

export interface RecordEditorOptions<S extends object> {
  /** Names the draft and the form's ids: `actor`, `opportunity`, `contact`. */
  name: string;
  /** The record being edited; none for a new one. */
  id?: string;
  /** The state to start from: the record's, or the empty form. */
  initial: S;
  /** The form's input keys, in order, and the API paths that belong to one of them. */
  keys: readonly string[];
  aliases?: Readonly<Record<string, string>>;
  /** Where a record is edited, e.g. `/edition/acteurs`: the new record opens at `${editPath}/${id}`. */
  editPath: string;
  /** The writes, given the state being saved; `create` resolves to the new record's id. */
  create(state: S): Promise<string>;
  update(id: string, state: S): Promise<unknown>;
  archive(id: string, state: S): Promise<unknown>;
  /** Where a successful create or update leads instead (a sent proposal: the member's contributions, proposeMode.tsx). */
  afterSave?(): string;
}

export function useRecordEditor<S extends object>(options: RecordEditorOptions<S>) {
  const { name, id, initial } = options;
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  const draft = useDraftState(draftKey(name, id), initial);
  const form = useEditForm(id ? `${name}-${id}` : `${name}-new`, options.keys, options.aliases);
  const archiveForm = useEditForm(`${name}-archive`, []);
  const state = draft.value;

  /** The change handler of one input. */
  const set = <K extends keyof S>(key: K) => (value: S[K]) => draft.update({ [key]: value } as unknown as Partial<S>);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!id) {
      let createdId = '';
      const ok = await form.run(async () => {
        createdId = await options.create(state);
      });
      if (ok) {
        draft.clear();
        navigate(options.afterSave ? options.afterSave() : `${options.editPath}/${createdId}?statut=cree`);
      }
    } else {
      const ok = await form.run(() => options.update(id, state));
      if (ok) {
        draft.clear();
        if (options.afterSave) navigate(options.afterSave());
        else setParams({ statut: 'enregistre', n: String(Date.now()) });
      }
    }
  };

  const onArchive = async () => {
    if (!id) return;
    const ok = await archiveForm.run(() => options.archive(id, state));
    if (ok) {
      draft.clear();
      setParams({ statut: 'archive', n: String(Date.now()) });
    }
  };

  /**
   * After a CONFLICT: forget the draft (it holds the stale record's values) and load the current
   * version afresh, with its new `version` to send back.
   */
  const reloadRecord = () => {
    draft.clear();
    window.location.reload();
  };

  return { id, state, set, draft, form, archiveForm, submit, onArchive, reloadRecord, discardDraft: () => draft.reset(initial) };
}

export type RecordEditor = ReturnType<typeof useRecordEditor>;
