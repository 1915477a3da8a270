import { runSubgraphMain } from '@ecosystem/common';
import { contactsSubgraph } from './index.js';

runSubgraphMain(contactsSubgraph).catch((error) => {
  console.error('[contacts] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
