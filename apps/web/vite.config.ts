import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    // Brotli and gzip copies of every text asset, made once at build time: the server (and nginx)
    // send the one the browser accepts instead of compressing on every request.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(html|css|js|mjs|json|svg|txt|webmanifest|ttf)$/,
      threshold: 1024,
    }),
  ],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:4000', ws: true },
      '/healthz': 'http://localhost:4000',
    },
  },
  // Every supported browser preloads modules natively; the polyfill would ship on every page.
  // exceljs (~930 kB) is its own chunk, fetched only when someone downloads an Excel file.
  build: {
    outDir: 'dist',
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
});
