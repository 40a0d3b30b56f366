/** The session's total volume: the sum of its items unless the practitioner overrides it. */

const hundredths = (ml: number) => Math.round(ml * 100);

/** The items' volumes added up (in ml, to the hundredth); null while no item has a volume. */
export function itemsVolume(items: readonly { volumeMl: number | null }[]): number | null {
  const given = items.filter((i) => i.volumeMl !== null);
  if (!given.length) return null;
  return given.reduce((sum, i) => sum + hundredths(i.volumeMl ?? 0), 0) / 100;
}

/** A total that is not what the items add up to: the practitioner's override, to be shown as such. */
export function totalDisagrees(
  totalMl: number | null,
  items: readonly { volumeMl: number | null }[],
): boolean {
  const sum = itemsVolume(items);
  return totalMl !== null && sum !== null && hundredths(totalMl) !== hundredths(sum);
}
