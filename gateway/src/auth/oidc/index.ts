/** Optional sign-in through an OpenID Connect provider (ProConnect…): settings, protocol, linked identities, routes. */
export * from './config.js';
export * from './identities.js';
export * from './provider.js';
export * from './routes.js';
