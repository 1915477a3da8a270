/** Pieces every editor shares: the success notice read from `?statut=`, the archive button, the missing record. */
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMessages } from '../../i18n/i18n';
import { SuccessNotice } from './fields';
import { EDIT } from './messages';

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
  return <p className="back"><Link to="/edition">← {t.backToStart}</Link></p>;
}
