/** The Apollo client: same-origin /graphql, with the signed-in person's token when there is one. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { currentAccessToken } from './auth/session';

const auth = new SetContextLink(async (prevContext) => {
  const token = await currentAccessToken();
  return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
});

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri })]),
    cache: new InMemoryCache({
      typePolicies: {
        PartnershipTool: { keyFields: ['slug'] },
        // A partnership has one id but is seen from either end, with a different `partner`:
        // normalising it by id would let one side overwrite the other.
        Partnership: { keyFields: false },
        // Value types without identity: kept inside their parent, and merged so that queries asking
        // for different fields of the same actor's territory do not overwrite each other.
        Territory: { keyFields: false, merge: true },
        GeoPoint: { keyFields: false, merge: true },
        Provenance: { keyFields: false, merge: true },
        ActorIdentifiers: { keyFields: false, merge: true },
      },
    }),
  });
}
