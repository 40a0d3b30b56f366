import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export type Db = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement<unknown[], unknown>;

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** How another connection opens the same database file: its data key (null for a plain file). */
export interface DbAccess {
  key: Uint8Array | null;
  /** Path to a better_sqlite3.node built for the running runtime. */
  nativeBinding?: string;
}
