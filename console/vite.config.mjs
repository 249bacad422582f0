import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The console is static files the API process serves under /console (src/common/console-static.ts):
 * hashed assets, no inline script or style, so the page runs under a strict Content-Security-Policy.
 * Built by `npm run build:console` (`vite build console`) into console/dist.
 */
export default defineConfig({
  base: '/console/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The polyfill would be inlined into index.html; every browser the console supports preloads modules natively.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
