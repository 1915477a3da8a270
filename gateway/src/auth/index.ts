/** Local accounts of the gateway: the `accounts` schema, its store, and the /auth endpoints. */
export * from './accounts.js';
export * from './database.js';
export * from './passwords.js';
export * from './rate-limit.js';
export * from './routes.js';
