import PDFDocument from 'pdfkit';
import type { ClinicLogo, LogoMime, Settings } from '../../shared/settings/schema';
import { MAX_LOGO_BYTES } from '../../shared/settings/schema';
import type { Db } from '../db/types';
import { AppError } from '../errors';
import { sha256Hex } from '../kernel/sha256';
import { createLogoReader } from './logo-reader';
import type { SettingsService } from './service';

const SIGNATURES: Record<LogoMime, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

const invalid = () => new AppError('VALIDATION', 'errors.validation', { dataUrl: 'errors.logoImage' });

/** Checks that the bytes are the image they claim to be and that the PDF writer can decode them. */
function decodeLogo(dataUrl: string): { mime: LogoMime; data: Buffer } {
  const mime = dataUrl.slice(5, dataUrl.indexOf(';')) as LogoMime;
  const data = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (data.length > MAX_LOGO_BYTES) {
    throw new AppError('VALIDATION', 'errors.validation', { dataUrl: 'errors.logoTooLarge' });
  }
  const magic = SIGNATURES[mime];
  if (!magic?.every((byte, i) => data[i] === byte)) throw invalid();
  try {
    // openImage is pdfkit's own decoder (missing from its type definitions): if it fails, so would printing.
    (new PDFDocument({ autoFirstPage: false }) as unknown as { openImage(d: Buffer): unknown }).openImage(
      data,
    );
  } catch {
    throw invalid();
  }
  return { mime, data };
}

/** The clinic logo, kept in the database; stored logos are content-addressed and never change. */
export function createLogoService({ db, now }: { db: Db; now: () => Date }, settings: SettingsService) {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO clinic_logos (hash, mime, data, created_at) VALUES (?, ?, ?, ?)',
  );
  const reader = createLogoReader(db);

  const set = db.transaction((dataUrl: string | null): Settings => {
    if (dataUrl === null) return settings.update({ logoHash: null });
    const { mime, data } = decodeLogo(dataUrl);
    const hash = sha256Hex(data);
    insert.run(hash, mime, data, now().toISOString());
    return settings.update({ logoHash: hash });
  });

  return {
    set: (dataUrl: string | null) => set(dataUrl),
    bytes: reader.bytes,
    current(): ClinicLogo | null {
      const hash = settings.get().logoHash;
      const row = hash ? reader.row(hash) : undefined;
      if (!hash || !row) return null;
      return { hash, mime: row.mime, dataUrl: `data:${row.mime};base64,${row.data.toString('base64')}` };
    },
  };
}

export type LogoService = ReturnType<typeof createLogoService>;
