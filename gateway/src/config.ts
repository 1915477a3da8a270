/** Gateway configuration, read once from the environment. */
import { envInt, envOptional, envString } from '@ecosystem/common';
import { resolve } from 'node:path';

export interface GatewayConfig {
  port: number;
  host: string;
  jwtSecret: string;
  /** PostgreSQL holding the gateway's `accounts` schema (the same database as the subgraphs'). */
  databaseUrl: string;
  /** Sign-in limits; defaults: 10 failures per IP or e-mail per 15 minutes. */
  auth?: { failureLimit?: number; failureWindowMs?: number; refreshReuseGraceMs?: number };
  supergraphPath: string;
  clientDir: string;
  /** Subgraph name → URL; overrides the routing URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
}

export function subgraphPorts(gatewayPort: number) {
  return { actors: gatewayPort + 1, opportunities: gatewayPort + 2, contacts: gatewayPort + 3 };
}

export function readGatewayConfig(): GatewayConfig {
  const port = envInt('PORT', 4000);
  const ports = subgraphPorts(port);
  return {
    port,
    host: envOptional('HOST') ?? '0.0.0.0',
    jwtSecret: envString('JWT_SECRET'),
    databaseUrl: envString('DATABASE_URL'),
    supergraphPath: envOptional('SUPERGRAPH_PATH') ?? resolve(__dirname, '../../schema/supergraph.graphql'),
    clientDir: envOptional('CLIENT_DIR') ?? resolve(__dirname, '../../client/dist'),
    subgraphUrls: {
      actors: envOptional('ACTORS_URL') ?? `http://127.0.0.1:${ports.actors}/graphql`,
      opportunities: envOptional('OPPORTUNITIES_URL') ?? `http://127.0.0.1:${ports.opportunities}/graphql`,
      contacts: envOptional('CONTACTS_URL') ?? `http://127.0.0.1:${ports.contacts}/graphql`,
    },
  };
}
