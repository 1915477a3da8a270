/** Composes the committed subgraph SDLs into the supergraph, following supergraph.config.json. */
import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, printSchema } from 'graphql';

export const SCHEMA_DIR = resolve(__dirname, '..');
export const CONFIG_PATH = join(SCHEMA_DIR, 'supergraph.config.json');
export const SUPERGRAPH_PATH = join(SCHEMA_DIR, 'supergraph.graphql');
/** The public API schema (no federation machinery): what clients and codegen read. */
export const API_SCHEMA_PATH = join(SCHEMA_DIR, 'api.graphql');

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export interface SubgraphSource {
  name: string;
  url: string;
  /** Absolute path of the subgraph's committed schema.graphql. */
  file: string;
}

export function subgraphSources(): SubgraphSource[] {
  const config = JSON.parse(readFileSync(CONFIG_PATH, 'utf8')) as SupergraphConfig;
  return Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    url: entry.routing_url,
    file: resolve(dirname(CONFIG_PATH), entry.schema.file),
  }));
}

export interface Composed {
  supergraph: string;
  api: string;
}

/** The supergraph and API schema of these subgraph SDLs; throws with every composition error when they do not compose. */
export function compose(subgraphs: Array<{ name: string; url: string; sdl: string }>): Composed {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return {
    supergraph: `${result.supergraphSdl.trim()}\n`,
    api: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`,
  };
}
