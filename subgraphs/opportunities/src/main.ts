import { runSubgraphMain } from '@ecosystem/common';
import { opportunitiesSubgraph } from './index.js';

runSubgraphMain(opportunitiesSubgraph).catch((error) => {
  console.error('[opportunities] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
