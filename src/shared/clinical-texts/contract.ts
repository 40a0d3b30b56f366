import { call } from '../api/call';
import * as s from './schema';

export const clinicalTextsContract = {
  'clinicalTexts.approve': call(s.clinicalTextApproveSchema).returns<s.ClinicalTextApproval>(),
} as const;
