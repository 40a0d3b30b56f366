import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // better-sqlite3 and pdfkit stay external: native code and pdfkit's font files.
      externalizeDeps: true,
      // Worker threads are entries of their own, named as in src/main/workers/spawn.ts.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'backup-worker': resolve(__dirname, 'src/main/backup/snapshot-worker.ts'),
          'restore-worker': resolve(__dirname, 'src/main/backup/restore-worker.ts'),
          'record-pdf-worker': resolve(__dirname, 'src/main/exports/record-pdf-worker.ts'),
          'bulk-export-worker': resolve(__dirname, 'src/main/exports/bulk-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // The sandboxed preload cannot require packages: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
