import type { exportsContract } from '../../shared/exports/contract';
import { AppError } from '../errors';
import { NOT_AUDITED, type Routes } from '../route';

export const exportRoutes: Routes<typeof exportsContract> = {
  'files.chooseFolder': [
    async (_s, i, ctx) => {
      if (!ctx.folderActions) throw new AppError('FORBIDDEN', 'errors.desktopOnly');
      const title =
        i.purpose === 'backup' ? 'Choose where to save the backup' : 'Choose where to save the export';
      return { path: await ctx.folderActions.chooseFolder(title) };
    },
    NOT_AUDITED,
  ],
  'exports.patient': [
    (s, i) => s.exports.exportPatient(i.patientId, i.folder),
    (_i, result) => ['export', 'patient', result.subject],
  ],
  'exports.clinicStart': [
    (s, i) => s.exports.startClinicExport(i.folder, { documents: i.documents ?? true, zip: i.zip ?? false }),
    (_i, job) => ['export', 'clinic', job.id],
  ],
  'exports.clinicStatus': [(s, i) => s.exports.status(i.jobId), NOT_AUDITED],
  'exports.clinicCancel': [
    (s, i) => s.exports.cancel(i.jobId),
    (_i, job) => ['update', 'clinic-export', job.id],
  ],
};
