/**
 * Runs `work` on every item, at most `width` at a time, and resolves when all are done. A photo's decode
 * and re-encode keep one core busy, so importing two at once uses a two-core laptop fully.
 */
export async function eachAtMost<T>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}
