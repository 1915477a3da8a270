/** The gateway package: the public GraphQL endpoint and the product launcher. */
export * from './config.js';
export * from './gateway.js';
