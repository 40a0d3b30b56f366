export interface Dated {
  file: string;
  createdAt: string;
}

const day = (iso: string) => iso.slice(0, 10);
const month = (iso: string) => iso.slice(0, 7);
function isoWeek(iso: string): string {
  const d = new Date(`${day(iso)}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / 604_800_000);
  return `${d.getUTCFullYear()}-W${week}`;
}

/**
 * Grandfather-father-son rotation of automatic backups: the newest of each of the last 7 days, of
 * each of the last 4 weeks and of each of the last 12 months is kept; the rest may be removed.
 */
export function backupsToPrune<T extends Dated>(
  backups: readonly T[],
  policy = { daily: 7, weekly: 4, monthly: 12 },
): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<T>();
  const pick = (bucket: (iso: string) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const key = bucket(b.createdAt);
      if (seen.has(key)) continue;
      seen.add(key);
      if (seen.size > count) break;
      keep.add(b);
    }
  };
  pick(day, policy.daily);
  pick(isoWeek, policy.weekly);
  pick(month, policy.monthly);
  return newestFirst.filter((b) => !keep.has(b));
}
