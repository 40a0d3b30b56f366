/** The charts a session's areas are picked on. */
export const CHARTS = ['face', 'scalp', 'body'] as const;
export type Chart = (typeof CHARTS)[number];

export interface Zone {
  /** Stable id; the part before the dot is the screening region ("face", "scalp", "body" ...). */
  id: string;
  /** As printed on consent and aftercare documents (the same names as their area lists). */
  label: string;
  chart: Chart;
}

/** Every zone that can be treated, in chart order. */
export const ZONES: readonly Zone[] = [
  { id: 'face.forehead', label: 'Forehead', chart: 'face' },
  { id: 'face.under-eye', label: 'Under-eye area', chart: 'face' },
  { id: 'face.cheeks', label: 'Cheeks', chart: 'face' },
  { id: 'face.nasolabial', label: 'Nasolabial folds', chart: 'face' },
  { id: 'face.perioral', label: 'Around the mouth', chart: 'face' },
  { id: 'face.jawline', label: 'Jawline', chart: 'face' },
  { id: 'face.chin', label: 'Chin', chart: 'face' },
  { id: 'neck', label: 'Neck', chart: 'face' },
  { id: 'decollete', label: 'Décolleté', chart: 'face' },
  { id: 'scalp.frontal', label: 'Scalp: front', chart: 'scalp' },
  { id: 'scalp.temporal', label: 'Scalp: temples', chart: 'scalp' },
  { id: 'scalp.vertex', label: 'Scalp: crown', chart: 'scalp' },
  { id: 'scalp.occipital', label: 'Scalp: back', chart: 'scalp' },
  { id: 'hands', label: 'Backs of hands', chart: 'body' },
  { id: 'body.arms', label: 'Arms', chart: 'body' },
  { id: 'body.abdomen', label: 'Abdomen', chart: 'body' },
  { id: 'body.flanks', label: 'Flanks', chart: 'body' },
  { id: 'body.back', label: 'Back', chart: 'body' },
  { id: 'body.buttocks', label: 'Buttocks', chart: 'body' },
  { id: 'body.thighs', label: 'Thighs', chart: 'body' },
  { id: 'body.knees', label: 'Knees', chart: 'body' },
  { id: 'body.calves', label: 'Calves', chart: 'body' },
];

export const ZONE_IDS = ZONES.map((z) => z.id);
const BY_ID = new Map(ZONES.map((z) => [z.id, z]));
export const zoneLabel = (id: string): string => BY_ID.get(id)?.label ?? id;
export const isZoneId = (id: string): boolean => BY_ID.has(id);
