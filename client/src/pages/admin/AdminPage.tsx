/**
 * The administration area (/admin/*), for administrators only; others are told why, with a way to
 * sign in. Today it holds the partner API keys (/admin/cles).
 */
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../../auth/session';
import { COMMON } from '../../i18n/common';
import { useMessages } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { Loading } from '../../ui/states';
import { KeysPage } from './KeysPage';
import { ADMIN } from './messages';
import './admin.css';

export function AdminPage() {
  const t = useMessages(ADMIN);
  const common = useMessages(COMMON);
  const { user, ready } = useSession();
  const location = useLocation();
  if (!ready) return <Loading />;
  const back = `${location.pathname}${location.search}`;
  if (!user) {
    return (
      <div className="admin-access">
        <h1>{t.signInNeeded}</h1>
        <p><Link className="button" to={`/connexion?retour=${encodeURIComponent(back)}`}>{common.signIn}</Link></p>
      </div>
    );
  }
  if (user.role !== 'admin') {
    return (
      <div className="admin-access">
        <h1>{t.adminsOnly}</h1>
        <p>{t.adminsOnlyText}</p>
      </div>
    );
  }
  return (
    <Routes>
      <Route index element={<Navigate to="cles" replace />} />
      <Route path="cles" element={<KeysPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
