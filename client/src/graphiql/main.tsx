/**
 * GraphiQL for the public API, bundled with the client (no CDN: the machine serving it may have no
 * internet), as its own entry (graphiql.html) so the app's bundle does not carry it. The gateway
 * serves it to browsers opening /graphql; queries go to the same origin, with the headers typed
 * in the headers editor (an `Authorization: Bearer …` or an `x-api-key`).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const ENDPOINT = new URL('/graphql', window.location.href).href;

const DEFAULT_QUERY = `# The public API of the research–territory ecosystem directory.
# Every type and field is documented: open the Docs panel on the left.
# Contact e-mails and phones are null unless you send a bearer token (Headers below).

query OpenCifreInLoire {
  opportunities(filter: { kinds: [CIFRE, INTERNSHIP], statuses: [OPEN], departmentCode: "42" }, first: 5) {
    totalCount
    nodes { id kind title deadline host { name } territory { communeName departmentName } source { name license } }
  }
}
`;

const fetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
