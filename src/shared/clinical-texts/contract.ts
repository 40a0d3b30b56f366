import { call } from '../api/call';
import { type ClinicalTextApproval, clinicalTextApproveSchema } from './schema';

export const clinicalTextsContract = {
  'clinicalTexts.approve': call<typeof clinicalTextApproveSchema, ClinicalTextApproval>(
    clinicalTextApproveSchema,
  ),
} as const;
