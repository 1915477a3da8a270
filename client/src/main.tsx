import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
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
