import { defineConfig } from 'vite';

// The API is served by the gateway on the same origin; in `vite dev`, proxy it.
export default defineConfig({
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  build: { outDir: 'dist', sourcemap: true },
});
