import type { Migration } from '../types';

/** The full-text tables of patient search (migration 17). */
const SEARCH_TABLES = ['patients_fts', 'patients_words'] as const;
/**
 * FTS5 writes its index in blocks of up to 4,050 bytes (its default `pgsz`). An encrypted page keeps
 * some of its 4,096 bytes for the cipher (32 for AEGIS-256, 80 for SQLCipher 4), so a row holds at
 * most about 4,000 bytes in its page, and nearly every block spilled its last few bytes onto an
 * overflow page of its own: 1,022 of a 10,000-patient clinic's 3,798 pages, each almost empty, every
 * block read as two pages. 3,900 bytes fit a page under either cipher.
 */
const BLOCK_BYTES = 3900;

/** Search index blocks that fit in one page; the existing index is rewritten with them (same content). */
export const migration0020: Migration = {
  version: 20,
  name: 'search-blocks-fit-a-page',
  up(db) {
    for (const table of SEARCH_TABLES) {
      db.exec(`INSERT INTO ${table} (${table}, rank) VALUES ('pgsz', ${BLOCK_BYTES})`);
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('optimize')`).run();
    }
  },
};
