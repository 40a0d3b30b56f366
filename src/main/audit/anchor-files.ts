import fs from 'node:fs';
import path from 'node:path';
import { type AuditAnchor, anchorCode, auditAnchorSchema } from '../../shared/audit/anchor';
import type { FoundAnchor } from './verify';

/** The anchor file written into every export folder. */
export const EXPORT_ANCHOR_FILE = 'audit-anchor.json';
const BACKUPS = 'backups';
const EXPORTS = 'exports';
const SIDECAR = /^mesodesk-.+\.db\.json$/;
const RESTORE = /^mesodesk-restored-.+\.anchor\.json$/;

/** An anchor as a small self-explaining JSON file, readable by a person as well as by the app. */
export function anchorFileContent(anchor: AuditAnchor): string {
  const document = {
    format: 'mesodesk-audit-anchor',
    ...anchor,
    code: anchorCode(anchor),
    about:
      `The clinic's audit trail had ${anchor.count} entries at ${anchor.at}. ` +
      'Audit > Check the trail compares the trail with this anchor: entries removed or rewritten since then are reported.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** After a restore, the restored trail is the one in force: anchors of the abandoned history stop counting. */
export function writeRestoreAnchor(dataDir: string, anchor: AuditAnchor): string {
  const folder = path.join(dataDir, BACKUPS);
  fs.mkdirSync(folder, { recursive: true });
  const name = `mesodesk-restored-${anchor.at.replace(/[:.]/g, '-')}.anchor.json`;
  const file = path.join(folder, name);
  fs.writeFileSync(`${file}.partial`, anchorFileContent(anchor), { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
  return file;
}

/** Reads an anchor file or a backup's sidecar (its `auditAnchor` field); null when it holds none. */
export function readAnchor(file: string): AuditAnchor | null {
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { auditAnchor?: unknown };
    const parsed = auditAnchorSchema.safeParse(json.auditAnchor ?? json);
    return parsed.success
      ? { count: parsed.data.count, headHash: parsed.data.headHash, at: parsed.data.at }
      : null;
  } catch {
    return null;
  }
}

const names = (folder: string): string[] => {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
};

/** Every anchor kept in the data folder: backup sidecars, restore anchors and finished exports. */
export function findAnchors(dataDir: string): FoundAnchor[] {
  const found: FoundAnchor[] = [];
  const add = (file: string, source: FoundAnchor['source'], origin: string) => {
    const anchor = readAnchor(file);
    if (anchor) found.push({ ...anchor, source, origin });
  };
  const backups = path.join(dataDir, BACKUPS);
  for (const name of names(backups)) {
    if (SIDECAR.test(name)) add(path.join(backups, name), 'backup', name.replace(/\.json$/, ''));
    else if (RESTORE.test(name)) add(path.join(backups, name), 'restore', name);
  }
  const exports = path.join(dataDir, EXPORTS);
  for (const name of names(exports)) {
    if (!name.endsWith('.partial')) add(path.join(exports, name, EXPORT_ANCHOR_FILE), 'export', name);
  }
  return found;
}
