import type { Db } from './types';

/**
 * Makes every `db.transaction(fn)` of this connection BEGIN IMMEDIATE: the write lock is taken at
 * the start, where SQLite waits out the busy timeout for a competing writer. A deferred transaction
 * that reads first and writes later cannot wait (SQLite gives it SQLITE_BUSY at once, since its
 * snapshot may be stale). Nested calls still become savepoints. `.deferred` stays available.
 */
export function makeTransactionsImmediate(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const tx = transaction(fn);
    const run = (...args: never[]) => tx.immediate(...args);
    return Object.assign(run, {
      default: tx.immediate,
      deferred: tx.deferred,
      immediate: tx.immediate,
      exclusive: tx.exclusive,
    });
  }) as Db['transaction'];
}
