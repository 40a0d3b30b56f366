import type { AdverseEventType } from './adverse-events';
import type { Technique } from './sessions';

/**
 * English names of coded clinical values, one source for the English screens (i18n/en.ts) and for
 * what main writes in English (FHIR display texts, the record PDF).
 */

export const TECHNIQUE_LABELS_EN: Record<Technique, string> = {
  nappage: 'Nappage',
  papule: 'Papule / micro-papule',
  'point-by-point': 'Point-by-point',
  'linear-retrograde': 'Linear / retrograde',
  microneedling: 'Microneedling',
  'needle-free': 'Needle-free',
};

export const ADVERSE_EVENT_TYPE_LABELS_EN: Record<AdverseEventType, string> = {
  bruising: 'Bruising or haematoma',
  swelling: 'Prolonged swelling',
  infection: 'Infection',
  allergic: 'Allergic reaction',
  nodules: 'Nodules or granulomas',
  vascular: 'Vascular occlusion or necrosis',
  hyperpigmentation: 'Hyperpigmentation',
  scarring: 'Scarring',
  panniculitis: 'Panniculitis',
  vasovagal: 'Vasovagal reaction',
  other: 'Other',
};
