import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Resource } from '../../shared/fhir/r4';
import type { ImportReport } from '../../shared/imports/schema';
import { AppError } from '../errors';
import { BULK_MANIFEST, type BulkManifest } from '../exports/bulk';

const RELATIVE_REFERENCE = /^[A-Z][A-Za-z]+\/([A-Za-z0-9\-.]{1,64})$/;
const refused = (problem: string) => new AppError('VALIDATION', 'errors.validation', { folder: problem });
const CHUNK_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

function readManifest(folder: string): BulkManifest {
  const file = path.join(folder, BULK_MANIFEST);
  if (!fs.existsSync(file)) throw refused('errors.bulkNoManifest');
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BulkManifest;
    if (!Array.isArray(manifest.output) || !Array.isArray(manifest.extension?.mesodesk?.files))
      throw new Error();
    return manifest;
  } catch {
    throw refused('errors.bulkNoManifest');
  }
}

/** A file the manifest lists, with the SHA-256 it gives; refused unless inside the folder and there. */
function listedFile(folder: string, manifest: BulkManifest, url: string): { full: string; sha256: string } {
  const full = path.resolve(folder, url);
  if (!full.startsWith(path.resolve(folder) + path.sep)) throw refused('errors.bulkDamaged');
  const listed = manifest.extension.mesodesk.files.find((f) => f.url === url);
  if (!listed || !fs.existsSync(full)) throw refused('errors.bulkDamaged');
  return { full, sha256: listed.sha256 };
}

/**
 * The file's lines (split at LF bytes, which never occur inside a UTF-8 character), read a megabyte at
 * a time and hashed as read: refused at the end unless the SHA-256 is `sha256`, so a file changed after
 * the first check still imports nothing (the caller's transaction rolls back).
 */
export function* hashedLines(file: string, sha256: string): Generator<string> {
  const fd = fs.openSync(file, 'r');
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let rest = Buffer.alloc(0);
  try {
    for (;;) {
      const read = fs.readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      const bytes = chunk.subarray(0, read);
      hash.update(bytes);
      let data = rest.length ? Buffer.concat([rest, bytes]) : bytes;
      for (let end = data.indexOf(NEWLINE); end >= 0; end = data.indexOf(NEWLINE)) {
        yield data.toString('utf8', 0, end);
        data = data.subarray(end + 1);
      }
      rest = Buffer.from(data);
    }
    if (rest.length) yield rest.toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  if (hash.digest('hex') !== sha256) throw refused('errors.bulkDamaged');
}

/** Checks a file's SHA-256 against the manifest, reading it a megabyte at a time. */
function checkHash(file: string, sha256: string): void {
  for (const _line of hashedLines(file, sha256)) {
    // Reading is the check.
  }
}

/** One NDJSON line as a resource, its relative references (Patient/id) as a bundle's urn:uuid ones. */
function parseLine(line: string): Resource {
  try {
    return JSON.parse(line, (key, value) => {
      if (key !== 'reference' || typeof value !== 'string') return value;
      const id = RELATIVE_REFERENCE.exec(value)?.[1];
      return id ? `urn:uuid:${id}` : value;
    }) as Resource;
  } catch {
    throw refused('errors.bulkDamaged');
  }
}

/**
 * The resources of a whole-clinic bulk export, as the bundle import takes them, one type at a time:
 * every NDJSON file the manifest lists is first checked against its SHA-256 (nothing held in memory),
 * then read line by line as the import takes it, its relative references (Patient/id) turned back into
 * the urn:uuid references of a bundle.
 */
export function openBulkResources(folder: string): {
  ofType: (resourceType: string) => Iterable<Resource>;
  source: string;
  fromSample: boolean;
} {
  const manifest = readManifest(folder);
  const files = manifest.output.map((o) => ({ type: o.type, ...listedFile(folder, manifest, o.url) }));
  for (const f of files) checkHash(f.full, f.sha256);
  function* ofType(resourceType: string): Generator<Resource> {
    for (const f of files) {
      if (f.type !== resourceType) continue;
      for (const line of hashedLines(f.full, f.sha256)) {
        if (!line.trim()) continue;
        yield parseLine(line);
      }
    }
  }
  return {
    ofType,
    source: `${path.basename(folder)} (bulk export of ${manifest.transactionTime.slice(0, 10)})`,
    fromSample: manifest.extension.mesodesk.sampleClinic === true,
  };
}

export async function importBulkFolder(
  importer: {
    resources(
      ofType: (resourceType: string) => Iterable<Resource>,
      source: string,
      fromSample: boolean,
    ): Promise<ImportReport>;
  },
  folder: string,
): Promise<ImportReport> {
  const resolved = path.resolve(folder);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) throw refused('errors.folderMissing');
  const { ofType, source, fromSample } = openBulkResources(resolved);
  return importer.resources(ofType, source, fromSample);
}
