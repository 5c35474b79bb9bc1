import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `npm run dev` talks to an intake server started separately on the default port.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  plugins: [
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // The page registers the worker itself (src/app/pwa/), so it can defer updates.
      injectRegister: false,
      injectManifest: {
        // A classic worker script: Vite 8 warns about inlineDynamicImports for the ES format.
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,png,woff2}'],
        // Sign-language clips add up to megabytes. The worker caches them at run time in a
        // cache of their own, and keeping them out of the precache keeps the install small,
        // because installing fails when any precached file fails to download.
        globIgnores: ['sign-language/**'],
      },
      manifest: {
        id: '/',
        name: 'Loket Layanan Informasi Publik',
        short_name: 'Loket PPID',
        description: 'Ajukan permohonan informasi publik kepada PPID dan terima tanda bukti, juga tanpa jaringan.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#ffffff',
        theme_color: '#0b4f6c',
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
});
