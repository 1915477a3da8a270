/** Page frame: skip link, header with navigation, language switch and session, then the page. */
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../auth/session';
import { COMMON } from '../i18n/common';
import { useLanguage, useMessages } from '../i18n/i18n';
import { Loading } from '../ui/states';

export function Layout() {
  const t = useMessages(COMMON);
  const { language, setLanguage } = useLanguage();
  const { user, signOut } = useSession();
  const links: Array<[string, keyof typeof t.nav]> = [
    ['/', 'home'], ['/territoire', 'map'], ['/recherche', 'search'], ['/opportunites', 'opportunities'], ['/besoins', 'needs'],
    ['/interlocuteurs', 'contacts'], ['/boite-a-outils', 'toolbox'], ['/ecosysteme', 'network'],
  ];
  if (user) links.push(['/contribuer', 'contribute']);
  if (user) links.push(['/alertes', 'alerts']);
  if (user && user.role !== 'member') links.push(['/edition', 'edit']);
  if (user?.role === 'admin') links.push(['/admin/cles', 'admin']);
  return (
    <>
      <a className="skip" href="#main">{t.skip}</a>
      <header className="site-header">
        <NavLink to="/" className="brand">{t.appName}</NavLink>
        <nav aria-label={language === 'fr' ? 'Navigation principale' : 'Main navigation'}>
          <ul>
            {links.map(([to, key]) => (
              <li key={to}><NavLink to={to} end={to === '/'}>{t.nav[key]}</NavLink></li>
            ))}
          </ul>
        </nav>
        <div className="session">
          <button type="button" lang={language === 'fr' ? 'en' : 'fr'} onClick={() => setLanguage(language === 'fr' ? 'en' : 'fr')}>
            {t.switchTo}
          </button>
          {user ? (
            <>
              <span>{t.signedInAs} {user.name}</span>
              <button type="button" onClick={() => void signOut()}>{t.signOut}</button>
            </>
          ) : (
            <NavLink to="/connexion">{t.signIn}</NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
