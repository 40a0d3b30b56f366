import type { auditContract } from '../../shared/audit/contract';
import { NOT_AUDITED, type Routes } from '../route';
import { findAnchors } from './anchor-files';

export const auditRoutes: Routes<typeof auditContract> = {
  'audit.list': {
    handle: (s, i) => s.audit.list(i, i.offset, i.limit),
    audit: NOT_AUDITED,
  },
  'audit.verify': {
    handle: (s, i, ctx) => s.audit.verify(ctx.dataDir ? findAnchors(ctx.dataDir) : [], i.anchor ?? null),
    audit: NOT_AUDITED,
  },
  'audit.anchor': {
    handle: (s) => s.audit.anchor(),
    audit: NOT_AUDITED,
  },
};
