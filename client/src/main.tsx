import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
// From react-router/dom: it hands react-dom's flushSync to the router, for navigations asking for it.
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { SessionProvider } from './auth/session';
import { LanguageProvider } from './i18n/i18n';
import { routes } from './routes';
import './styles.css';

const router = createBrowserRouter(routes);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <SessionProvider>
        <ApolloProvider client={createApolloClient()}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </SessionProvider>
    </LanguageProvider>
  </StrictMode>,
);
