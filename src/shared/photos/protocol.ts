import { ZONES } from '../treatments/zones';
import { PHOTO_VIEWS } from './schema';

/**
 * The standard views a session's photos follow, from its charted areas: the face views for any face
 * zone (plus the under-eye close-up when the under-eye area is treated), the scalp views for any scalp
 * zone, the body views for any body zone.
 */
export function protocolViews(areas: readonly string[]): string[] {
  const charts = new Set(areas.map((a) => ZONES.find((z) => z.id === a)?.chart).filter(Boolean));
  const views: string[] = [];
  if (charts.has('face')) views.push(...PHOTO_VIEWS.face);
  if (areas.includes('face.under-eye')) views.push(...PHOTO_VIEWS['under-eye']);
  if (charts.has('scalp')) views.push(...PHOTO_VIEWS.scalp);
  if (charts.has('body')) views.push(...PHOTO_VIEWS.body);
  return views;
}
