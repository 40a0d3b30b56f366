import { call, empty } from '../api/call';
import type { AuditAnchor } from './anchor';
import * as s from './schema';

export const auditContract = {
  'audit.list': call(s.auditListSchema).returns<s.AuditPage>(),
  /** Checks the chain, and compares it with the anchors in the data folder and one the user typed. */
  'audit.verify': call(s.auditVerifySchema).returns<s.AuditVerification>(),
  /** The chain's current entry count and head hash, for the practitioner to note down. */
  'audit.anchor': call(empty).returns<AuditAnchor>(),
} as const;
