/**
 * A map that holds at most about twice its bound and keeps what is in use: when the current
 * generation is full it becomes the previous one (the one before is dropped), and an entry found in
 * the previous generation moves back into the current one. Clearing everything when full, as these
 * caches did, threw away a template's fixed text with the patients' own: every few documents all of
 * it was laid out again.
 *
 * The bound is a number of entries, or with `weigh` a number of bytes: each entry weighs what `weigh`
 * says (an estimate of what it holds on the heap), and a generation is full once its entries together
 * reach the bound. A cache of laid-out text bounded by entries grows with the length of the texts, and
 * every export worker holds one of each.
 */
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private currentWeight = 0;

  constructor(
    private readonly bound: number,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined || this.previous.size === 0) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    const weight = this.weigh(key, value);
    if (this.currentWeight + weight > this.bound && this.current.size > 0) {
      this.previous = this.current;
      this.current = new Map();
      this.currentWeight = 0;
    }
    this.current.set(key, value);
    this.currentWeight += weight;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  /** What the current generation's entries weigh together (bytes, or entries without `weigh`). */
  get weight(): number {
    return this.currentWeight;
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
