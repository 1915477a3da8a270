/**
 * Pieces every editor shares: the page around the form, its sections, the success notice read
 * from `?statut=`, the archive button, the record being loaded or missing.
 */
import type { ErrorLike } from '@apollo/client';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/i18n';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { DraftNotice, ErrorSummary, RequiredNote, SuccessNotice, type EditForm } from './fields';
import { EDIT } from './messages';
import type { RecordEditor } from './useRecordEditor';
import { ProposalNoteField, useProposeMessages, useProposeMode } from './proposeMode';

export type SavedStatus = 'cree' | 'enregistre' | 'archive';

/** The confirmation of the last write, kept in the URL (`?statut=cree`) so that a reload still shows it. */
export function SavedNotice({ recordUrl }: { recordUrl: string }) {
  const t = useMessages(EDIT);
  const [params] = useSearchParams();
  const status = params.get('statut') as SavedStatus | null;
  if (!status || !['cree', 'enregistre', 'archive'].includes(status)) return null;
  const text = { cree: t.created, enregistre: t.saved, archive: t.archived }[status];
  return <SuccessNotice key={`${status}-${params.get('n') ?? ''}`} to={recordUrl} linkText={t.seeRecord}>{text}</SuccessNotice>;
}

/** Archive with a second, explicit confirmation. */
export function ArchiveButton({ onArchive, busy, archived }: { onArchive(): void; busy: boolean; archived: boolean }) {
  const t = useMessages(EDIT);
  const [confirming, setConfirming] = useState(false);
  if (archived) return <p className="notice">{t.isArchived}</p>;
  return (
    <div className="archive">
      {confirming ? (
        <>
          <button type="button" className="danger" onClick={onArchive} disabled={busy}>{busy ? t.archiving : t.archiveConfirm}</button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>{t.cancel}</button>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>{t.archive}</button>
      )}
    </div>
  );
}

export function BackToStart() {
  const t = useMessages(EDIT);
  // In propose mode (/contribuer), back to the contribution start.
  const proposing = !!useProposeMode();
  const p = useProposeMessages();
  return <p className="back"><Link to={proposing ? '/contribuer' : '/edition'}>← {proposing ? p.back : t.backToStart}</Link></p>;
}

/** The record being loaded, the error loading it, or the record that does not exist. */
export function RecordMissing({ query, notFound }: {
  query: { data?: unknown; loading: boolean; error?: ErrorLike; refetch(): unknown }; notFound: string;
}) {
  if (query.loading && !query.data) return <Loading />;
  if (query.error && !query.data) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return <><h1>{notFound}</h1><Empty>{notFound}</Empty><BackToStart /></>;
}

/**
 * An editor's page: title, notices, the form with its sections (`children`) and submit button,
 * then, for an existing record, the archive zone. `recordUrl` is the record's public page.
 */
export function EditorPage({ editor, title, recordUrl, archived, submitLabel, children }: {
  editor: Pick<RecordEditor, 'id' | 'form' | 'archiveForm' | 'submit' | 'onArchive' | 'discardDraft' | 'reloadRecord'> & { draft: { restored: boolean } };
  title: string; recordUrl?: string; archived?: boolean; submitLabel: string; children: ReactNode;
}) {
  const t = useMessages(EDIT);
  const { form, archiveForm } = editor;
  const proposing = !!useProposeMode();
  return (
    <div className="editor">
      <BackToStart />
      <h1>{title}</h1>
      {editor.id && recordUrl && !proposing && <SavedNotice recordUrl={recordUrl} />}
      <DraftNotice restored={editor.draft.restored} onDiscard={editor.discardDraft} />
      <ErrorSummary form={form} onReload={editor.id ? editor.reloadRecord : undefined} />
      <form noValidate onSubmit={editor.submit} className="edit-form" aria-busy={form.busy || undefined}>
        <RequiredNote />
        {children}
        <ProposalNoteField form={form} />
        <div className="actions">
          <button type="submit" disabled={form.busy}>{form.busy ? t.saving : submitLabel}</button>
        </div>
      </form>
      {editor.id && !proposing && (
        <section className="danger-zone" aria-label={t.archive}>
          <ErrorSummary form={archiveForm} onReload={editor.reloadRecord} />
          <ArchiveButton onArchive={() => void editor.onArchive()} busy={archiveForm.busy} archived={!!archived} />
        </section>
      )}
    </div>
  );
}

/** A titled part of a form (`<section>` named by its `<h2>`). */
export function FormSection({ form, name, title, children }: { form: EditForm; name: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${form.id}-${name}`}>
      <h2 id={`${form.id}-${name}`}>{title}</h2>
      {children}
    </section>
  );
}
