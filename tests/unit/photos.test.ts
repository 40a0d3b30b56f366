import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { FHIR_SYSTEM } from '../../src/main/exports/fhir';
import { photosFolder } from '../../src/main/photos/file-store';
import { attachmentHash } from '../../src/main/record/photos';
import type { PhotoSummary } from '../../src/shared/photos/schema';
import type { Result } from '../../src/shared/result';
import { apiPerTest } from '../fixtures/db';
import { patientFields } from '../fixtures/patients';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import { signConsentFor } from '../fixtures/treatments';

const t = apiPerTest();
let patientId: number;

beforeEach(() => {
  patientId = t.api.services.patients.create(patientFields() as never).id;
});

const importBytes = (bytes: Buffer, overrides = {}) =>
  t.api.call('photos.import', {
    details: photoDetails(patientId, overrides),
    fileName: 'photo.jpg',
    data: bytes.toString('base64'),
  }) as Promise<Result<PhotoSummary>>;

async function imported(bytes: Buffer, overrides = {}): Promise<PhotoSummary> {
  const result = await importBytes(bytes, overrides);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const photoRows = () => t.db.prepare('SELECT count(*) FROM photos').pluck().get() as number;
const storedFiles = () => (fs.existsSync(photosFolder(t.dir)) ? fs.readdirSync(photosFolder(t.dir)) : []);

/** Every byte under the data folder, to look for what must not be there. */
function everyFileUnder(dir: string): Buffer[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
    const full = path.join(e.parentPath, e.name);
    return e.isFile() ? [fs.readFileSync(full)] : [];
  });
}

describe('photo import', () => {
  it('refuses without a signed, not withdrawn photo consent, and saves nothing', async () => {
    const result = await importBytes(await cameraJpeg());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'errors.photoNoConsent' },
    });
    const signed = await signConsentFor(t.api, patientId, 'clinical');
    expect((await t.api.call('photos.consent', { patientId })).ok).toBe(true);
    await t.api.call('documents.withdraw', {
      id: signed.id,
      date: '2026-03-01',
      reason: 'Changed her mind',
    });
    expect(await importBytes(await cameraJpeg())).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(photoRows()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it('turns the image upright and strips every piece of metadata (EXIF, GPS, maker, XMP)', async () => {
    await signConsentFor(t.api, patientId, 'education');
    const original = await cameraJpeg({ width: 640, height: 480, orientation: 6 });
    expect(await exifr.parse(original, { gps: true, xmp: true })).toMatchObject({ Model: 'SecretPhone 12' });
    const photo = await imported(original);
    // Orientation 6 (rotate 90° clockwise): stored upright, portrait.
    expect([photo.width, photo.height]).toEqual([480, 640]);
    expect(photo.takenAt).toBe('2026-02-14T10:30:00.000Z');
    expect(photo.takenAtSource).toBe('exif');
    expect(photo.consentLevel).toBe('education');

    const stored = t.api.services.photos.imageBytes(photo.id);
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(await exifr.parse(stored, { gps: true, xmp: true, iptc: true, makerNote: true })).toBeUndefined();
    expect(stored.includes('SecretPhone')).toBe(false);
    expect(stored.includes('Papadopoulou')).toBe(false);
    // The marker square (red) was top-left before rotation, so it is top-right after 90° clockwise.
    const { data, info } = await sharp(stored).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) =>
      data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
    expect(at(info.width - 20, 20)[0]).toBeGreaterThan(200);
    expect(at(20, 20)[0]).toBeLessThan(200);

    const thumb = await sharp(t.api.services.photos.thumbnailBytes(photo.id)).metadata();
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBe(320);
    expect(thumb.exif).toBeUndefined();
  });

  it('keeps nothing readable at rest: no JPEG marker, no EXIF text, no patient name in the data folder', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    await imported(await cameraJpeg(), { note: 'Left cheek redness' });
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const files = storedFiles();
    expect(files).toHaveLength(2);
    for (const bytes of everyFileUnder(photosFolder(t.dir))) {
      expect(bytes.includes(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
      expect(bytes.includes('JFIF')).toBe(false);
      expect(bytes.includes('Exif')).toBe(false);
      expect(bytes.includes('Papadopoulou')).toBe(false);
    }
    // The folder's files are private to the user.
    for (const name of files)
      expect(fs.statSync(path.join(photosFolder(t.dir), name)).mode & 0o777).toBe(0o600);
  });

  it('serves the full image and the thumbnail decrypted, and audits opening the full image by id only', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    const photo = await imported(await cameraJpeg());
    const full = await t.api.call('photos.image', { id: photo.id });
    expect(full.ok && Buffer.from((full.value as { data: string }).data, 'base64').subarray(0, 3)).toEqual(
      Buffer.from([0xff, 0xd8, 0xff]),
    );
    const entries = t.db
      .prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'photo' ORDER BY id")
      .all();
    expect(entries).toEqual([
      { action: 'import', entity: 'photo', entity_id: String(photo.id) },
      { action: 'open', entity: 'photo', entity_id: String(photo.id) },
    ]);
  });

  it('detects a file that was changed on disk', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    const photo = await imported(await cameraJpeg());
    const [name] = storedFiles().filter((f) => {
      const row = t.db.prepare('SELECT image_file FROM photos WHERE id = ?').pluck().get(photo.id);
      return f === row;
    });
    const file = path.join(photosFolder(t.dir), name as string);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 0xff;
    fs.writeFileSync(file, bytes);
    expect(t.api.services.photos.checkFiles(true).damaged).toEqual([name]);
    expect(await t.api.call('photos.image', { id: photo.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.photoFileDamaged' },
    });
    expect(t.api.services.photos.list(patientId)[0]?.fileMissing).toBe(false);
    fs.rmSync(file);
    expect(t.api.services.photos.list(patientId)[0]?.fileMissing).toBe(true);
    expect(t.api.services.photos.checkFiles(false).missing).toEqual([name]);
  });
});

/** CRC-32 as PNG chunks carry it. */
function crc32(bytes: Buffer): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A small PNG whose header claims the given size: what a decompression bomb looks like before decoding. */
function pngClaiming(width: number, height: number, png: Buffer): Buffer {
  const out = Buffer.from(png);
  // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data.
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

describe('bad files', () => {
  beforeEach(async () => {
    await signConsentFor(t.api, patientId, 'clinical');
  });

  const refusedWith = async (bytes: Buffer, message: string) => {
    const result = await importBytes(bytes);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { data: message } } });
    expect(photoRows()).toBe(0);
    expect(storedFiles()).toEqual([]);
  };

  it('refuses a file that is not an image', async () => {
    await refusedWith(Buffer.from('%PDF-1.7 this is a PDF, not a photo'), 'errors.photoFormat');
  });

  it('refuses a truncated JPEG', async () => {
    const whole = await cameraJpeg({ width: 800, height: 600 });
    await refusedWith(whole.subarray(0, Math.floor(whole.length * 0.6)), 'errors.photoUnreadable');
  });

  it('refuses a HEIC file, saying to convert it to JPEG', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic'),
      Buffer.from([0, 0, 0, 0]),
      Buffer.from('mif1heic'),
      Buffer.alloc(64),
    ]);
    await refusedWith(heic, 'errors.photoHeic');
  });

  it('refuses a 30,000 x 30,000 decompression bomb from its header, before decoding it', async () => {
    const bomb = pngClaiming(
      30_000,
      30_000,
      await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    await refusedWith(bomb, 'errors.photoTooManyPixels');
  });

  it('refuses a file over the size limit before anything else', async () => {
    const result = await t.api.call('photos.import', {
      details: photoDetails(patientId),
      data: 'A'.repeat(30 * 1024 * 1024),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { data: 'errors.photoTooLarge' } },
    });
  });

  it('imports an image whose EXIF is hostile, dropping the EXIF and its date', async () => {
    const clean = await cameraJpeg();
    // An APP1 Exif segment whose IFD offsets point far outside the file and whose entry count is huge.
    const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x7f, 0xff, 0xff, 0xf0, 0xff, 0xff]);
    const payload = Buffer.concat([Buffer.from('Exif\0\0'), tiff, Buffer.alloc(40, 0xff)]);
    const segment = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, payload.length + 2]), payload]);
    const hostile = Buffer.concat([clean.subarray(0, 2), segment, clean.subarray(2)]);
    const photo = await imported(hostile);
    expect(photo.takenAtSource).toBe('import');
    expect((await sharp(t.api.services.photos.imageBytes(photo.id)).metadata()).exif).toBeUndefined();
  });
});

describe('photos in the record', () => {
  it('exports each photo as a file, a FHIR Media with its consent level, a CSV row and a PDF thumbnail', async () => {
    await signConsentFor(t.api, patientId, 'marketing');
    const photo = await imported(await cameraJpeg(), { note: 'Left side' });
    const result = await t.api.call('exports.patient', { patientId, folder: t.dir });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { folder, files, counts } = result.value as {
      folder: string;
      files: string[];
      counts: Record<string, number>;
    };
    expect(counts.photos).toBe(1);
    const image = files.find((f) => f.startsWith('photos/') && f.endsWith('.jpg')) as string;
    expect(image).toMatch(/^photos\/2026-02-14-face-front-baseline-[0-9a-f-]{8}\.jpg$/);
    const bytes = fs.readFileSync(path.join(folder, image));
    expect(bytes.equals(t.api.services.photos.imageBytes(photo.id))).toBe(true);
    const bundle = JSON.parse(fs.readFileSync(path.join(folder, 'fhir-bundle.json'), 'utf8')) as {
      entry: { resource: Record<string, unknown> }[];
    };
    const media = bundle.entry.map((e) => e.resource).find((r) => r.resourceType === 'Media');
    expect(media).toMatchObject({
      status: 'completed',
      view: { coding: [{ code: 'face-front' }] },
      extension: [{ valueCode: 'marketing' }, { url: FHIR_SYSTEM.photoRecord }],
      content: { contentType: 'image/jpeg', data: bytes.toString('base64'), hash: attachmentHash(bytes) },
    });
    const csv = fs.readFileSync(path.join(folder, 'photos.csv'), 'utf8');
    expect(csv).toContain('marketing');
    expect(csv).toContain(image);
    const pdf = files.find((f) => f.startsWith('patient-record-')) as string;
    const text = execFileSync('pdftotext', ['-layout', path.join(folder, pdf), '-'], { encoding: 'utf8' });
    expect(text).toContain('Photographs');
    expect(text).toContain('Face, front · Baseline · 2026-02-14');
    const images = execFileSync('pdfimages', ['-list', path.join(folder, pdf)], { encoding: 'utf8' });
    expect(images.split('\n').filter((l) => /\bjpeg\b/.test(l)).length).toBeGreaterThanOrEqual(1);
  });

  it('joins the timeline', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    const photo = await imported(await cameraJpeg(), { moment: 'follow-up' });
    const page = await t.api.call('timeline.forPatient', { patientId });
    const items = page.ok
      ? (page.value as { items: { kind: string; id: number; detail: string }[] }).items
      : [];
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'photo', id: photo.id, detail: 'follow-up' }),
    );
  });

  it('erasure removes the rows and the encrypted files', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    await imported(await cameraJpeg());
    expect(storedFiles()).toHaveLength(2);
    const number = t.api.services.patients.get(patientId).number;
    const erased = await t.api.call('patients.erase', { id: patientId, confirmNumber: number });
    expect(erased).toMatchObject({ ok: true, value: { removed: { photos: 1 } } });
    expect(photoRows()).toBe(0);
    expect(storedFiles()).toEqual([]);
  });

  it('compares two photos of one patient and prints them on one page with dates, view and session', async () => {
    await signConsentFor(t.api, patientId, 'clinical');
    const before = await imported(await cameraJpeg({ date: '2026:01:10 09:00:00' }));
    const after = await imported(await cameraJpeg({ date: '2026:02:20 09:00:00' }), { moment: 'follow-up' });
    const compared = await t.api.call('photos.compare', { firstId: after.id, secondId: before.id });
    expect(compared.ok && (compared.value as { first: { id: number } }).first.id).toBe(before.id);
    const pdf = await t.api.call('photos.comparisonPdf', { firstId: before.id, secondId: after.id });
    if (!pdf.ok) throw new Error(JSON.stringify(pdf.error));
    const file = path.join(t.dir, 'comparison.pdf');
    fs.writeFileSync(file, Buffer.from((pdf.value as { data: string }).data, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Photo comparison');
    expect(text).toContain('Baseline · 2026-01-10');
    expect(text).toContain('Follow-up · 2026-02-20');
    expect(text).toContain('Face, front');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    const audit = t.db
      .prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'photo-comparison' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { action: 'open', entity_id: `${after.id}:${before.id}` },
      { action: 'export', entity_id: `${before.id}:${after.id}` },
    ]);
  });
});

describe('photos for teaching and publicity', () => {
  it('include only patients whose consent in force allows the use, under names that identify nobody', async () => {
    await signConsentFor(t.api, patientId, 'marketing');
    await imported(await cameraJpeg());
    await imported(await cameraJpeg(), { moment: 'follow-up' });
    const teachingOnly = t.api.services.patients.create(patientFields({ lastName: 'Teaching' }) as never).id;
    await signConsentFor(t.api, teachingOnly, 'education');
    await imported(await cameraJpeg(), { patientId: teachingOnly });
    const withdrawn = t.api.services.patients.create(patientFields({ lastName: 'Withdrawn' }) as never).id;
    const consent = await signConsentFor(t.api, withdrawn, 'marketing');
    await imported(await cameraJpeg(), { patientId: withdrawn });
    await t.api.call('documents.withdraw', { id: consent.id, date: '2026-03-01', reason: 'No more photos' });

    const exportFor = async (use: string) => {
      const r = await t.api.call('photos.exportForUse', { use, folder: t.dir });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as { folder: string; photos: number; cases: number };
    };
    const teaching = await exportFor('education');
    expect(teaching).toMatchObject({ photos: 3, cases: 2 });
    const names = fs.readdirSync(teaching.folder).sort();
    for (const name of names) expect(name).toMatch(/^case-00[12]-face-front-(baseline|follow-up)-1\.jpg$/);
    const publicity = await exportFor('marketing');
    expect(publicity).toMatchObject({ photos: 2, cases: 1 });
    expect(fs.readdirSync(publicity.folder).sort()).toEqual([
      'case-001-face-front-baseline-1.jpg',
      'case-001-face-front-follow-up-1.jpg',
    ]);
    for (const file of fs.readdirSync(publicity.folder)) {
      const bytes = fs.readFileSync(path.join(publicity.folder, file));
      expect(bytes.includes('Papadopoulou')).toBe(false);
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    }
    expect(
      t.db.prepare("SELECT entity, entity_id FROM audit_log WHERE action = 'export' ORDER BY id").all(),
    ).toEqual([
      { entity: 'photos-education', entity_id: '3' },
      { entity: 'photos-marketing', entity_id: '2' },
    ]);
  });
});
