// Vite builds the reader SPA; Vitest runs unit tests (node for ingest and shared code, jsdom for the app).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';

const src = fileURLToPath(new URL('./src', import.meta.url));
// The small modules the list, article, saved and search routes share, bundled as one file instead of six: on an
// HTTP/1.1 host each extra file the first screen waits for can cost a round trip (docs/performance.md).
const READER_PARTS =
  /\/src\/(ui\/(skeleton|thumbnail|date-text|category-trail)|comfort\/(stored-value|read-store|reading-settings|use-comfort)|i18n\/format-date|saved\/save-button|shared\/keyboard-list|articles\/(article-list-item|article-link|prefetch-article))\.tsx?$/;

export default defineConfig({
  plugins: [
    react(),
    // The built index.html carries the CSP (docs/decisions/004-security-policy.md); the dev server stays loose.
    contentSecurityPolicy(),
    // Offline (docs/decisions/003-offline-and-saved.md): our own worker in src/offline/sw.ts, given the shell's file list.
    // Registered by src/app/start-offline.ts once the first screen has settled; no web app manifest.
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
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only those modules: what they import stays where it was (React in the shell, and so on).
          includeDependenciesRecursively: false,
          groups: [{ name: 'reader-parts', test: READER_PARTS }],
        },
      },
    },
  },
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
