import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createBackup } from '../../src/main/backup/store';
import { openDatabase } from '../../src/main/db/open';
import { backUpWithPhotos } from '../../src/main/photos/backup-photos';
import { photosFolder } from '../../src/main/photos/file-store';
import { eachAtMost } from '../../src/shared/kernel/each-at-most';
import { PHOTO_LIMITS } from '../../src/shared/photos/schema';
import { patientFields } from '../fixtures/patients';
import { photoDetails } from '../fixtures/photos';
import { testApi } from '../fixtures/test-db';
import { signConsentFor } from '../fixtures/treatments';

const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** A phone-sized photo: 4032 x 3024 with sensor-like noise, about 3 MB as JPEG. */
const phonePhoto = () =>
  sharp({
    create: {
      width: 4032,
      height: 3024,
      channels: 3,
      background: '#888',
      noise: { type: 'gaussian', mean: 128, sigma: 10 },
    },
  })
    .jpeg({ quality: 88 })
    .toBuffer();

/**
 * Photos: importing 20 phone photos next to sharp alone doing the same decode and re-encode; the
 * gallery of a patient with 500 photos (list and every thumbnail decrypted); a second backup of a
 * clinic holding many photos and nothing new, next to a backup of the database alone.
 */
export async function benchPhotos(dir: string): Promise<void> {
  const key = crypto.randomBytes(32);
  const dataDir = path.join(dir, 'photos-clinic');
  fs.mkdirSync(dataDir, { recursive: true });
  const { db } = openDatabase(path.join(dataDir, 'mesodesk.db'), { key });
  const api = testApi(db, { dataDir });
  const patientId = api.services.patients.create(patientFields() as never).id;
  await signConsentFor(api as never, patientId, 'clinical');

  // 1. Import. One generated photo is imported 20 times (generating noise is slower than importing it).
  const photo = await phonePhoto();
  const base64 = photo.toString('base64');
  const count = 20;
  const IMPORTS_AT_ONCE = 2;
  // As the import screen sends them: two at a time (one core each), next to sharp alone the same way.
  const floorStart = performance.now();
  await eachAtMost(Array.from({ length: count }), IMPORTS_AT_ONCE, async () => {
    await sharp(photo, { limitInputPixels: PHOTO_LIMITS.pixels })
      .rotate()
      .resize({
        width: PHOTO_LIMITS.storedEdge,
        height: PHOTO_LIMITS.storedEdge,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 88 })
      .toBuffer();
  });
  const floorMs = performance.now() - floorStart;
  const importStart = performance.now();
  await eachAtMost(Array.from({ length: count }), IMPORTS_AT_ONCE, async () => {
    const r = await api.call('photos.import', { details: photoDetails(patientId), data: base64 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  });
  const importMs = performance.now() - importStart;

  // 2. Gallery of 500: rows pointing at real encrypted thumbnails, each one decrypted as the page asks.
  const first = db.prepare('SELECT * FROM photos WHERE patient_id = ? LIMIT 1').get(patientId) as Record<
    string,
    unknown
  >;
  const copy = db.prepare(
    `INSERT INTO photos (uid, patient_id, moment, view, taken_at, taken_at_source, source, width, height,
       image_file, image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at)
     SELECT ?, patient_id, moment, view, taken_at, taken_at_source, source, width, height, image_file,
       image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at
     FROM photos WHERE id = ?`,
  );
  db.transaction(() => {
    for (let i = count; i < 500; i++) copy.run(crypto.randomUUID(), first.id);
  })();
  const galleryRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const list = await api.call('photos.list', { patientId });
    if (!list.ok) throw new Error('list');
    for (const p of list.value as { id: number }[]) await api.call('photos.thumbnail', { id: p.id });
    galleryRuns.push(performance.now() - start);
  }
  galleryRuns.sort((a, b) => a - b);

  // 3. Backups: sealed files of realistic size stand in for many imported photos.
  const megabytes = Number(process.env.BENCH_PHOTO_MB ?? 1024);
  const fileBytes = 3 * 1024 * 1024;
  const store = photosFolder(dataDir);
  const filler = crypto.randomBytes(fileBytes);
  const addRow = db.prepare(
    `INSERT INTO photos (uid, patient_id, moment, view, taken_at, taken_at_source, source, width, height,
       image_file, image_bytes, thumb_file, thumb_bytes, consent_level, consent_document_id, created_at)
     SELECT ?, patient_id, moment, view, taken_at, taken_at_source, source, width, height, ?, ?,
       thumb_file, thumb_bytes, consent_level, consent_document_id, created_at FROM photos WHERE id = ?`,
  );
  const files = Math.ceil((megabytes * 1024 * 1024) / fileBytes);
  db.transaction(() => {
    for (let i = 0; i < files; i++) {
      filler.writeUInt32BE(i, 0);
      const name = crypto.createHash('sha256').update(filler).digest('hex');
      fs.writeFileSync(path.join(store, name), filler);
      addRow.run(crypto.randomUUID(), name, fileBytes, first.id);
    }
  })();
  const backups = path.join(dataDir, 'backups');
  const backUp = async (withPhotos: boolean) => {
    const start = performance.now();
    const make = () =>
      createBackup({ db, folder: backups, kind: 'manual', key, now: new Date(), keyfile: null });
    const info = withPhotos ? await backUpWithPhotos(db, dataDir, backups, make) : await make();
    return { ms: performance.now() - start, info };
  };
  const databaseOnly = await backUp(false);
  const firstWithPhotos = await backUp(true);
  const secondRuns: number[] = [];
  for (let i = 0; i < 3; i++) secondRuns.push((await backUp(true)).ms);
  secondRuns.sort((a, b) => a - b);
  const databaseRuns = [databaseOnly.ms, (await backUp(false)).ms, (await backUp(false)).ms].sort(
    (a, b) => a - b,
  );
  db.close();

  const secondMs = secondRuns[1] as number;
  const databaseMs = databaseRuns[1] as number;
  console.log('\nClinical photographs:');
  console.table([
    {
      task: `import ${count} phone photos (4032 x 3024, ${(photo.length / 1048576).toFixed(1)} MB each), ${IMPORTS_AT_ONCE} at a time`,
      'time (s)': seconds(importMs),
      aim: 'under 5 s',
    },
    {
      task: `floor: sharp alone, decode + rotate + re-encode the same ${count}, ${IMPORTS_AT_ONCE} at a time`,
      'time (s)': seconds(floorMs),
      aim: '',
    },
    {
      task: 'gallery of 500 photos: list + every thumbnail (median of 5)',
      'time (s)': seconds(galleryRuns[2] as number),
      aim: 'under 0.3 s',
    },
    {
      task: `first backup with ${files} photo files (${megabytes} MB): copies them all`,
      'time (s)': seconds(firstWithPhotos.ms),
      aim: '',
    },
    {
      task: 'second backup, nothing new (median of 3)',
      'time (s)': seconds(secondMs),
      aim: `at most 2x the database alone (${(secondMs / databaseMs).toFixed(2)}x)`,
    },
    { task: 'floor: backup of the database alone (median of 3)', 'time (s)': seconds(databaseMs), aim: '' },
  ]);
}

if (process.argv[1]?.endsWith('photos.bench.ts')) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-bench-photos-'));
  benchPhotos(dir)
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }));
}
