/** Treatment areas, grouped the way consent and aftercare templates are. */
export const AREA_GROUPS = ['face', 'under-eye', 'scalp', 'body'] as const;
export type AreaGroup = (typeof AREA_GROUPS)[number];

export const AREAS: Record<AreaGroup, readonly string[]> = {
  face: [
    'Forehead',
    'Cheeks',
    'Nasolabial folds',
    'Around the mouth',
    'Jawline',
    'Chin',
    'Neck',
    'Décolleté',
    'Backs of hands',
  ],
  'under-eye': ['Under-eye area', 'Around the eyes'],
  scalp: ['Scalp: front', 'Scalp: temples', 'Scalp: crown', 'Scalp: back'],
  body: ['Arms', 'Abdomen', 'Flanks', 'Back', 'Buttocks', 'Thighs', 'Calves', 'Knees', 'Double chin'],
};

/** The area group most of the chosen areas belong to: used to suggest a template. */
export function suggestAreaGroup(areas: readonly string[]): AreaGroup | null {
  const counts = new Map<AreaGroup, number>();
  for (const area of areas) {
    const group = AREA_GROUPS.find((g) => AREAS[g].includes(area));
    if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  let best: AreaGroup | null = null;
  for (const [group, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = group;
  return best;
}
