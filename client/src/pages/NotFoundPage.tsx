import { Link } from 'react-router';
import { COMMON } from '../i18n/common';
import { useMessages } from '../i18n/i18n';

export function NotFoundPage() {
  const t = useMessages(COMMON);
  return (
    <>
      <h1>{t.notFound}</h1>
      <p><Link to="/">{t.nav.home}</Link></p>
    </>
  );
}
