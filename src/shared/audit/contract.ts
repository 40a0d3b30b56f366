import { call, empty } from '../api/call';
import type { AuditAnchor } from './anchor';
import { type AuditPage, type AuditVerification, auditListSchema, auditVerifySchema } from './schema';

export const auditContract = {
  'audit.list': call<typeof auditListSchema, AuditPage>(auditListSchema),
  /** Checks the chain, and compares it with the anchors in the data folder and one the user typed. */
  'audit.verify': call<typeof auditVerifySchema, AuditVerification>(auditVerifySchema),
  /** The chain's current entry count and head hash, for the practitioner to note down. */
  'audit.anchor': call<typeof empty, AuditAnchor>(empty),
} as const;
