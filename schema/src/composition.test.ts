/** The committed schemas are what the code produces, and they compose. */
import { readFileSync } from 'node:fs';
import { compose, generatedSchemas } from './index.js';

it('committed subgraph schemas and supergraph match the code (run `npm run generate` after changing a schema)', async () => {
  const files = await generatedSchemas();
  for (const [path, expected] of files) {
    expect({ path, content: readFileSync(path, 'utf8') }).toEqual({ path, content: expected });
  }
});

it('fails loudly when subgraphs do not compose', () => {
  const clash = (type: string) => ({ name: type, url: 'http://x', sdl: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { thing: ${type} } type Thing { id: ID! }` });
  expect(() => compose([clash('Thing'), { ...clash('Thing'), name: 'other', sdl: clash('Thing').sdl.replace('id: ID!', 'id: String!') }])).toThrow(/Composition failed/);
});
