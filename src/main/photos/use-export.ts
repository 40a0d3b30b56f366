import crypto from 'node:crypto';
import type { PhotoUse, PhotoUseExport } from '../../shared/photos/schema';
import type { Db } from '../db/types';
import { dayOf, freshFolder, writeFolder } from '../exports/patient-export';
import { exportParentFolder } from '../exports/service';
import type { ExportFile } from '../record/kind';
import type { PhotoService } from './service';

/** The consent levels that allow each use: publicity implies teaching, teaching implies the record. */
const LEVELS_ALLOWING: Record<PhotoUse, readonly string[]> = {
  education: ['education', 'marketing'],
  marketing: ['marketing'],
};
const FOLDER_WORD: Record<PhotoUse, string> = { education: 'teaching', marketing: 'publicity' };

interface Row {
  id: number;
  patient_id: number;
  view: string;
  moment: string;
}

/**
 * Photos for teaching or publicity: only those of patients whose consent in force now (the latest
 * signed consent form not withdrawn) allows that use. Files carry no name, number or date: each patient
 * becomes a case number, drawn in random order for every export, so cases cannot be matched to the
 * patient list; a case's photos keep their view and moment so before/after pairs stay together.
 */
export function exportPhotosForUse(
  deps: { db: Db; photos: PhotoService; now: () => Date; dataDir: string | undefined },
  use: PhotoUse,
  folder: string | undefined,
): PhotoUseExport {
  const parent = exportParentFolder(folder, deps.dataDir);
  const levels = LEVELS_ALLOWING[use];
  const rows = deps.db
    .prepare<unknown[], Row>(
      `SELECT p.id, p.patient_id, p.view, p.moment FROM photos p
       WHERE (SELECT d.photo_consent FROM documents d
              WHERE d.patient_id = p.patient_id AND d.kind = 'consent' AND d.photo_consent IS NOT NULL
                AND d.withdrawn_on IS NULL
              ORDER BY d.created_at DESC, d.id DESC LIMIT 1) IN (${levels.map(() => '?').join(', ')})
         AND p.id NOT IN (SELECT photo_id FROM archived_photos)
       ORDER BY p.patient_id, p.taken_at, p.id`,
    )
    .all(...levels);
  const patients = [...new Set(rows.map((r) => r.patient_id))];
  // A random order of cases, so case 1 is not the oldest patient.
  const order = patients
    .map((id) => ({ id, sort: crypto.randomBytes(4).readUInt32BE() }))
    .sort((a, b) => a.sort - b.sort);
  const caseOf = new Map(order.map((p, i) => [p.id, String(i + 1).padStart(3, '0')]));
  const seen = new Map<string, number>();
  const files: ExportFile[] = rows.map((r) => {
    const base = `case-${caseOf.get(r.patient_id)}-${r.view}-${r.moment}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { name: `${base}-${n}.jpg`, bytes: deps.photos.imageBytes(r.id) };
  });
  const target = freshFolder(parent, `mesodesk-photos-${FOLDER_WORD[use]}-${dayOf(deps.now())}`);
  writeFolder(target, files);
  return { folder: target, photos: files.length, cases: patients.length };
}
