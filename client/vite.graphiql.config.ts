import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// GraphiQL (graphiql.html → dist/graphiql.html + dist/graphiql-assets/), built on its own after the app
// (which empties dist) so that the app's chunks stay exactly as they are: nothing shared, nothing grown.
// The gateway serves it to browsers opening GET /graphql.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'graphiql-assets',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      // framer-motion (under GraphiQL) marks its modules "use client", meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
