import { defineConfig } from 'vite';

// The embeddable widget (src/widget): one classic script, no React, written beside the client's build
// as dist/widget.js (served by the gateway at /widget.js). Runs after the main build, which empties dist.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    lib: { entry: 'src/widget/widget.ts', name: 'EcosystemWidget', formats: ['iife'], fileName: () => 'widget.js' },
  },
});
