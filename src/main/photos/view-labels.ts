import type { PhotoMoment } from '../../shared/photos/schema';

/** The English names of views and moments printed on PDFs (the screens use the i18n strings). */
export const VIEW_LABELS: Record<string, string> = {
  'face-front': 'Face, front',
  'face-left-45': 'Face, left 45°',
  'face-right-45': 'Face, right 45°',
  'face-left-profile': 'Face, left profile',
  'face-right-profile': 'Face, right profile',
  'under-eye-close-up': 'Under-eye close-up',
  'scalp-vertex': 'Scalp, vertex',
  'scalp-frontal-hairline': 'Scalp, frontal hairline',
  'scalp-left-temple': 'Scalp, left temple',
  'scalp-right-temple': 'Scalp, right temple',
  'scalp-parting': 'Scalp, parting close-up',
  'body-front': 'Body, front',
  'body-back': 'Body, back',
  'body-left': 'Body, left side',
  'body-right': 'Body, right side',
};

export const MOMENT_LABELS: Record<PhotoMoment, string> = {
  baseline: 'Baseline',
  before: 'Before',
  after: 'After',
  'follow-up': 'Follow-up',
};
