import { runSubgraphMain } from '@ecosystem/common';
import { actorsSubgraph } from './index.js';

runSubgraphMain(actorsSubgraph).catch((error) => {
  console.error('[actors] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
