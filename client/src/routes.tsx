/** Every view has its own URL; heavy pages (map, network, forms) load on demand. */
import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { HomePage } from './pages/home/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';

const page = <T extends Record<string, React.ComponentType>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as React.ComponentType }));

const MapPage = page(() => import('./pages/map/MapPage'), 'MapPage');
const NetworkPage = page(() => import('./pages/network/NetworkPage'), 'NetworkPage');
const OpportunitiesPage = page(() => import('./pages/opportunities/OpportunitiesPage'), 'OpportunitiesPage');
const OpportunityPage = page(() => import('./pages/opportunities/OpportunityPage'), 'OpportunityPage');
const ToolboxPage = page(() => import('./pages/toolbox/ToolboxPage'), 'ToolboxPage');
const ToolPage = page(() => import('./pages/toolbox/ToolPage'), 'ToolPage');
const SearchPage = page(() => import('./pages/search/SearchPage'), 'SearchPage');
const ActorPage = page(() => import('./pages/actor/ActorPage'), 'ActorPage');
const ContactsPage = page(() => import('./pages/contacts/ContactsPage'), 'ContactsPage');
const EditHomePage = page(() => import('./pages/edit/EditHomePage'), 'EditHomePage');
const SignInPage = page(() => import('./pages/signin/SignInPage'), 'SignInPage');
const AdminPage = page(() => import('./pages/admin/AdminPage'), 'AdminPage');
const ContributePage = page(() => import('./pages/contribute/ContributePage'), 'ContributePage');
const NeedsPage = page(() => import('./pages/needs/NeedsPage'), 'NeedsPage');
const NeedPage = page(() => import('./pages/needs/NeedPage'), 'NeedPage');
const NeedForm = page(() => import('./pages/needs/NeedForm'), 'NeedForm');
const AlertsPage = page(() => import('./pages/alerts/AlertsPage'), 'AlertsPage');

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/territoire', element: <MapPage /> },
      { path: '/ecosysteme', element: <NetworkPage /> },
      { path: '/opportunites', element: <OpportunitiesPage /> },
      { path: '/opportunites/:id', element: <OpportunityPage /> },
      // Research needs (matchmaking): the list, the form (editors), a need with its suggestions.
      { path: '/besoins', element: <NeedsPage /> },
      { path: '/besoins/nouveau', element: <NeedForm /> },
      { path: '/besoins/:id', element: <NeedPage /> },
      { path: '/boite-a-outils', element: <ToolboxPage /> },
      { path: '/boite-a-outils/:slug', element: <ToolPage /> },
      { path: '/recherche', element: <SearchPage /> },
      { path: '/acteurs/:id', element: <ActorPage /> },
      { path: '/interlocuteurs', element: <ContactsPage /> },
      // Editing: the edit module owns every /edition/* URL (actors, opportunities, contacts, partnerships).
      { path: '/edition/*', element: <EditHomePage /> },
      // Contributions (any signed-in person): proposals and "my contributions" (/contribuer/*).
      { path: '/contribuer/*', element: <ContributePage /> },
      // Saved searches of the signed-in person ("Mes alertes", /alertes and /alertes/nouvelle).
      { path: '/alertes/*', element: <AlertsPage /> },
      { path: '/connexion', element: <SignInPage /> },
      // Administration (admins only): the admin module owns every /admin/* URL (partner API keys at /admin/cles).
      { path: '/admin/*', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
