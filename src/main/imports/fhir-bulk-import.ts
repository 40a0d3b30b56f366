import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Resource } from '../../shared/fhir/r4';
import type { ImportReport } from '../../shared/imports/schema';
import { AppError } from '../errors';
import { BULK_MANIFEST, type BulkManifest } from '../exports/bulk';

const RELATIVE_REFERENCE = /^[A-Z][A-Za-z]+\/([A-Za-z0-9\-.]{1,64})$/;
const refused = (problem: string) => new AppError('VALIDATION', 'errors.validation', { folder: problem });

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

/** Reads a file named by the manifest, refusing it unless it is inside the folder and its SHA-256 matches. */
function readListed(folder: string, manifest: BulkManifest, url: string): Buffer {
  const full = path.resolve(folder, url);
  if (!full.startsWith(path.resolve(folder) + path.sep)) throw refused('errors.bulkDamaged');
  const listed = manifest.extension.mesodesk.files.find((f) => f.url === url);
  if (!listed || !fs.existsSync(full)) throw refused('errors.bulkDamaged');
  const bytes = fs.readFileSync(full);
  if (createHash('sha256').update(bytes).digest('hex') !== listed.sha256) throw refused('errors.bulkDamaged');
  return bytes;
}

/**
 * The resources of a whole-clinic bulk export, as the bundle import takes them: each NDJSON file the
 * manifest lists, checked against its SHA-256, its relative references (Patient/id) turned back into
 * the urn:uuid references of a bundle.
 */
export function readBulkResources(folder: string): { resources: Resource[]; source: string } {
  const manifest = readManifest(folder);
  const resources: Resource[] = [];
  for (const output of manifest.output) {
    const text = readListed(folder, manifest, output.url).toString('utf8');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      resources.push(
        JSON.parse(line, (key, value) => {
          if (key !== 'reference' || typeof value !== 'string') return value;
          const id = RELATIVE_REFERENCE.exec(value)?.[1];
          return id ? `urn:uuid:${id}` : value;
        }) as Resource,
      );
    }
  }
  return {
    resources,
    source: `${path.basename(folder)} (bulk export of ${manifest.transactionTime.slice(0, 10)})`,
  };
}

export async function importBulkFolder(
  importer: { resources(resources: Resource[], source: string): Promise<ImportReport> },
  folder: string,
): Promise<ImportReport> {
  const resolved = path.resolve(folder);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isDirectory()) throw refused('errors.folderMissing');
  const { resources, source } = readBulkResources(resolved);
  return importer.resources(resources, source);
}
