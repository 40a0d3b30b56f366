import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is not safe under worker threads: one forked process per file.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
