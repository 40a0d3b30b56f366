/**
 * Runs operations one at a time, in the order they were asked for: setup, unlock, lock, re-key,
 * recover and restore must never interleave (two unlocks would open two connections; a lock during a
 * re-key would close the database under it).
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  let running = 0;
  return {
    run<T>(operation: () => Promise<T>): Promise<T> {
      running += 1;
      const result = tail.then(operation);
      const settled = result.finally(() => {
        running -= 1;
      });
      tail = settled.catch(() => undefined);
      return settled;
    },
    busy: (): boolean => running > 0,
  };
}
