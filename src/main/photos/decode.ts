import { createRequire } from 'node:module';
import exifr from 'exifr';
import type { Metadata } from 'sharp';
import { PHOTO_LIMITS } from '../../shared/photos/schema';
import { AppError } from '../errors';

type Sharp = typeof import('sharp').default;
let loaded: Sharp | undefined;
/**
 * sharp (native libvips, about 0.2 s of CPU to load) is loaded at the first photo rather than by every
 * process and worker thread that imports the photo services (the whole-clinic export's workers never
 * decode a photo).
 */
const sharp = (...args: Parameters<Sharp>): ReturnType<Sharp> => {
  loaded ??= createRequire(__filename)('sharp') as Sharp;
  return loaded(...args);
};

/** An image ready to store: re-encoded JPEG without any metadata, and its thumbnail. */
export interface CleanPhoto {
  image: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  /** The date the camera wrote (EXIF DateTimeOriginal), when it is a plausible one. */
  takenAt: string | null;
}

/** A refused file: the message (an i18n key) goes next to the file field. */
const refuse = (message: string) => new AppError('VALIDATION', 'errors.validation', { data: message });

const startsWith = (bytes: Buffer, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

type Format = 'jpeg' | 'png' | 'webp' | 'heic' | 'unknown';

/** What the bytes are, by their signature: the file name and the claimed type are never trusted. */
function sniff(bytes: Buffer): Format {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO base media (HEIC, HEIF, AVIF): "ftyp" at offset 4.
  if (ascii(bytes, 4, 8) === 'ftyp') return 'heic';
  return 'unknown';
}

/** A date the camera wrote, if it parses and lies between 1990 and tomorrow; anything else is ignored. */
async function exifDate(bytes: Buffer, now: Date): Promise<string | null> {
  try {
    const tags = (await exifr.parse(bytes, { pick: ['DateTimeOriginal', 'CreateDate'] })) as
      | { DateTimeOriginal?: unknown; CreateDate?: unknown }
      | undefined;
    const value = tags?.DateTimeOriginal ?? tags?.CreateDate;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
    const year = value.getUTCFullYear();
    if (year < 1990 || value.getTime() > now.getTime() + 86_400_000) return null;
    return value.toISOString();
  } catch {
    // Hostile or broken EXIF only costs the date: the image itself is re-encoded without it.
    return null;
  }
}

/**
 * Decodes an imported file, turns it upright by its EXIF orientation and re-encodes it as a JPEG with
 * no metadata at all (sharp writes none unless asked: no EXIF, GPS, maker notes, XMP or IPTC), scaled
 * down to PHOTO_LIMITS.storedEdge, with a thumbnail. Refuses, with a message saying why: anything
 * larger than the limits, any format but JPEG, PNG and WebP, and any file that does not decode whole.
 */
export async function cleanPhoto(bytes: Buffer, now: Date): Promise<CleanPhoto> {
  if (bytes.length > PHOTO_LIMITS.fileBytes) throw refuse('errors.photoTooLarge');
  const format = sniff(bytes);
  if (format === 'heic') throw refuse('errors.photoHeic');
  if (format === 'unknown') throw refuse('errors.photoFormat');
  const options = { limitInputPixels: PHOTO_LIMITS.pixels, failOn: 'truncated' as const };
  let meta: Metadata;
  try {
    // The header alone: the pixel limit is checked below, to say so rather than "unreadable".
    meta = await sharp(bytes, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw refuse('errors.photoUnreadable');
  }
  // Checked from the header, before any pixel is decoded: a decompression bomb never unpacks.
  if (!meta.width || !meta.height || meta.width * meta.height > PHOTO_LIMITS.pixels) {
    throw refuse('errors.photoTooManyPixels');
  }
  if ((meta.pages ?? 1) > 1) throw refuse('errors.photoAnimated');
  try {
    const upright = sharp(bytes, options).rotate().resize({
      width: PHOTO_LIMITS.storedEdge,
      height: PHOTO_LIMITS.storedEdge,
      fit: 'inside',
      withoutEnlargement: true,
    });
    const { data: image, info } = await upright
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 88, mozjpeg: false })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await thumbnailOf(image);
    return { image, thumbnail, width: info.width, height: info.height, takenAt: await exifDate(bytes, now) };
  } catch {
    throw refuse('errors.photoUnreadable');
  }
}

const thumbnailOf = (image: Buffer) =>
  sharp(image)
    .resize({ width: PHOTO_LIMITS.thumbnailEdge, height: PHOTO_LIMITS.thumbnailEdge, fit: 'inside' })
    .jpeg({ quality: 72 })
    .toBuffer();

/**
 * A photo as our own export wrote it (a FHIR re-import): kept byte for byte, so only checked: a JPEG
 * within the stored limits that decodes whole, without metadata to strip. Returns its size and a new
 * thumbnail, or null for anything else.
 */
export async function checkExportedJpeg(
  bytes: Buffer,
): Promise<{ width: number; height: number; thumbnail: Buffer } | null> {
  if (bytes.length > PHOTO_LIMITS.fileBytes || sniff(bytes) !== 'jpeg') return null;
  try {
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    const edge = PHOTO_LIMITS.storedEdge;
    if (!meta.width || !meta.height || meta.width > edge || meta.height > edge) return null;
    if (meta.exif || meta.xmp || meta.iptc || (meta.pages ?? 1) > 1) return null;
    await sharp(bytes, { failOn: 'truncated' }).raw().toBuffer();
    return { width: meta.width, height: meta.height, thumbnail: await thumbnailOf(bytes) };
  } catch {
    return null;
  }
}
