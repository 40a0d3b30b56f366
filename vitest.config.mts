import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // better-sqlite3 is not safe under worker threads: one forked process per file.
    pool: 'forks',
    // Two at a time even on two cores: most files wait on fsync (synchronous = FULL) or on the child
    // processes of the crash tests, so a second fork overlaps those waits (the default here would be one).
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
