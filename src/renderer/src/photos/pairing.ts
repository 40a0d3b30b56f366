import type { PhotoSummary } from '../../../shared/photos/schema';

/**
 * The default comparison: for the view with the most photos, its baseline (else its earliest photo)
 * against its latest. Null when no view has two photos.
 */
export function baselineAndLatest(photos: readonly PhotoSummary[], view?: string): [number, number] | null {
  const byView = new Map<string, PhotoSummary[]>();
  for (const p of photos) byView.set(p.view, [...(byView.get(p.view) ?? []), p]);
  const candidates = view
    ? [byView.get(view) ?? []]
    : [...byView.values()].sort((a, b) => b.length - a.length);
  const group = candidates.find((g) => g.length >= 2);
  if (!group) return null;
  const oldestFirst = [...group].sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id - b.id);
  const first = oldestFirst.find((p) => p.moment === 'baseline') ?? oldestFirst[0];
  const latest = oldestFirst[oldestFirst.length - 1];
  if (!first || !latest || first.id === latest.id) return null;
  return [first.id, latest.id];
}
