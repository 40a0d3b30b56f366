import type { clinicalTextsContract } from '../../shared/clinical-texts/contract';
import type { Routes } from '../route';

export const clinicalTextRoutes: Routes<typeof clinicalTextsContract> = {
  'clinicalTexts.approve': [
    (s, i) => s.clinicalTexts.approve(i),
    (_i, v) => ['approve', 'clinical-text', `${v.textKey}:${v.language}`],
  ],
};
