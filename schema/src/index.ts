/** Composition of the supergraph from the three subgraphs. */
export * from './compose.js';
export { generatedSchemas } from './generate.js';
