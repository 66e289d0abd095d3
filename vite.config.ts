// Vite builds the reader SPA; Vitest runs unit tests (node for ingest and shared code, jsdom for the app).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // The built index.html carries the CSP (docs/decisions/004-security-policy.md); the dev server stays loose.
    contentSecurityPolicy(),
    // Offline (docs/decisions/003-offline-and-saved.md): our own worker in src/offline/sw.ts, given the shell's file list.
    // Registered by src/app/start-offline.ts after the first render; no web app manifest.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,svg,png,ico,woff2}'],
        // Data and demo images change with every ingest: they are cached at run time, not precached.
        globIgnores: ['data/**', 'demo/**'],
      },
    }),
  ],
  resolve: { alias: { '@': src } },
  // Every es2022 browser preloads modules natively (or just loads them a moment later): the polyfill is dead weight in the shell.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['ingest/**/*.test.ts', 'src/shared/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/shared/**'],
          setupFiles: ['./src/test/setup-dom.ts'],
        },
      },
    ],
  },
});
