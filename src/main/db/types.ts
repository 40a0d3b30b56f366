import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
