import type { Db } from '../db/types';

/** What every service over the open database is built from: the database, the clock and an id maker. */
export interface ServiceDeps {
  db: Db;
  now: () => Date;
  newId: () => string;
}
