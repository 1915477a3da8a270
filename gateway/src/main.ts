/** Runs the gateway alone, against subgraphs started elsewhere (production layout). */
import { readGatewayConfig } from './config.js';
import { startGateway } from './gateway.js';

async function main() {
  const gateway = await startGateway(readGatewayConfig());
  console.log(`[gateway] API at ${gateway.url}`);
  const stop = () => {
    gateway.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error('[gateway] could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
