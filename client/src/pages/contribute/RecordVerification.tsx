/**
 * On published records (issue 6): who last verified the record and when, and, for signed-in
 * people, the way to suggest a correction (/contribuer/…/:id). Small, so record pages import it
 * directly; the contribution pages themselves load on demand.
 */
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { formatDate, useLanguage, useMessages } from '../../i18n/i18n';
import { CONTRIBUTE } from './messages';
import './contribute.css';

/** "Vérifiée par … le …", or that no editor has verified it yet. */
export function VerifiedBy({ verifiedBy, verifiedAt }: { verifiedBy?: string | null; verifiedAt?: string | null }) {
  const t = useMessages(CONTRIBUTE);
  const { language } = useLanguage();
  if (!verifiedAt) return <>{t.notVerified}</>;
  return <>{t.verified(verifiedBy ?? t.anEditor, formatDate(verifiedAt, language))}</>;
}

/** "Suggérer une correction", for signed-in people only (proposals need an account). */
export function SuggestCorrection({ to, name }: { to: string; name?: string }) {
  const t = useMessages(CONTRIBUTE);
  const { user } = useSession();
  if (!user) return null;
  return <Link className="suggest-correction" to={to} aria-label={name ? `${t.suggestCorrection} : ${name}` : undefined}>{t.suggestCorrection}</Link>;
}
