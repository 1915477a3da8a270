/**
 * Regenerates the committed artefacts from code: each subgraph's schema.graphql, then the composed
 * schema/supergraph.graphql, and the public API schema schema/api.graphql. `npm run generate` runs it; a test fails when the files drift.
 */
import { subgraphSdl } from '@ecosystem/common';
import { actorsSubgraph } from '@ecosystem/actors';
import { contactsSubgraph } from '@ecosystem/contacts';
import { opportunitiesSubgraph } from '@ecosystem/opportunities';
import { writeFileSync } from 'node:fs';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, compose, subgraphSources } from './compose.js';

const DEFINITIONS = { actors: actorsSubgraph, opportunities: opportunitiesSubgraph, contacts: contactsSubgraph } as const;

/** The files as the code would write them: path → content. */
export async function generatedSchemas(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const subgraphs: Array<{ name: string; url: string; sdl: string }> = [];
  for (const source of subgraphSources()) {
    const definition = DEFINITIONS[source.name as keyof typeof DEFINITIONS];
    if (!definition) throw new Error(`supergraph.config.json names an unknown subgraph: ${source.name}`);
    const sdl = subgraphSdl(await definition.buildSchema());
    files.set(source.file, sdl);
    subgraphs.push({ name: source.name, url: source.url, sdl });
  }
  const composed = compose(subgraphs);
  files.set(SUPERGRAPH_PATH, composed.supergraph);
  files.set(API_SCHEMA_PATH, composed.api);
  return files;
}

if (require.main === module) {
  generatedSchemas()
    .then((files) => {
      for (const [path, content] of files) {
        writeFileSync(path, content);
        console.log(`wrote ${path}`);
      }
    })
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
