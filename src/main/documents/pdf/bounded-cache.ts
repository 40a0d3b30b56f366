/**
 * A map that holds at most about `2 × limit` entries and keeps what is in use: when the current
 * generation is full it becomes the previous one (the one before is dropped), and an entry found in
 * the previous generation moves back into the current one. Clearing everything when full, as these
 * caches did, threw away a template's fixed text with the patients' own: every few documents all of
 * it was laid out again.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined || this.previous.size === 0) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}

/** The value kept under `key`, made and kept on first use. */
export function keptFor<K extends object, V>(store: WeakMap<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
