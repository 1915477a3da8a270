import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';

// Hand-written types are temporary: the client issue brings codegen.
interface ActorRow {
  id: string;
  name: string;
  kind: string;
  territory: { communeName: string | null; departmentName: string | null; regionName: string | null };
  source: { name: string; license: string };
}

const SEARCH_ACTORS = gql`
  query SearchActors($search: String) {
    actors(filter: { search: $search }, first: 20) {
      totalCount
      nodes {
        id
        name
        kind
        territory { communeName departmentName regionName }
        source { name license }
      }
    }
  }
`;

const KIND_LABELS: Record<string, string> = {
  LAB: 'Laboratoire', UNIVERSITY: 'Université ou école', COLLECTIVITY: 'Collectivité', ASSOCIATION: 'Association',
  SATT: 'SATT', POLE: 'Pôle de compétitivité', PUBLIC_BODY: 'Organisme public', COMPANY: 'Entreprise',
};

export function App() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const { data, loading, error } = useQuery<{ actors: { totalCount: number; nodes: ActorRow[] } }>(SEARCH_ACTORS, {
    variables: { search },
    skip: search === null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  return (
    <main>
      <h1>Écosystème recherche–territoires</h1>
      <p>Laboratoires, universités, collectivités et associations : cherchez un acteur par son nom ou son thème.</p>
      <form role="search" onSubmit={submit}>
        <label htmlFor="search">Rechercher un acteur</label>
        <div className="row">
          <input id="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="saint etienne, innovation publique…" />
          <button type="submit">Rechercher</button>
        </div>
      </form>
      {loading && <p>Recherche…</p>}
      {error && <p role="alert">La recherche n'a pas abouti. Réessayez dans un instant.</p>}
      {data && (
        <section aria-live="polite">
          <h2>{data.actors.totalCount} résultat{data.actors.totalCount > 1 ? 's' : ''}</h2>
          <ul className="results">
            {data.actors.nodes.map((actor) => (
              <li key={actor.id}>
                <strong>{actor.name}</strong> — {KIND_LABELS[actor.kind] ?? actor.kind}
                <br />
                <small>
                  {[actor.territory.communeName, actor.territory.departmentName, actor.territory.regionName].filter(Boolean).join(', ')}
                  {' · '}Source : {actor.source.name} ({actor.source.license})
                </small>
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer>
        <p>
          API publique GraphQL : <a href="/graphql">/graphql</a>
        </p>
      </footer>
    </main>
  );
}
