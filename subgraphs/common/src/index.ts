/** Shared kit of the three subgraphs: configuration, database, auth, errors and shared GraphQL types. */
import 'reflect-metadata';

export * from './auth.js';
export * from './columns.js';
export * from './database.js';
export * from './env.js';
export * from './errors.js';
export * from './federation.js';
export * from './graphql-types.js';
export * from './ids.js';
export * from './internal-signature.js';
export * from './pagination.js';
export * from './postgres.js';
export * from './provenance.js';
export * from './scalars.js';
export * from './seed-types.js';
export * from './server.js';
export * from './territory.js';
export * from './subgraph.js';
export * from './toolbox.js';
export * from './text.js';
export * from './bulk.js';
export * from './actor-kind.js';
