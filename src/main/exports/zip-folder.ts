import fs from 'node:fs';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { fsyncFile } from '../files/durable';

/** Every file under a folder, relative to it with forward slashes, in a stable order. */
function filesUnder(root: string, dir = ''): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(root, relative) : [relative];
    });
}

/**
 * Streams a folder into one zip file: each file is read from disk as it is compressed, so memory
 * stays flat. PDFs are stored as they are (already compressed); text is deflated.
 */
export function zipFolder(folder: string, target: string, cancelled: () => boolean): Promise<boolean> {
  const zip = new ZipFile();
  const output = fs.createWriteStream(target, { mode: 0o600 });
  const finished = new Promise<boolean>((resolve, reject) => {
    output.on('close', () => resolve(!cancelled()));
    output.on('error', reject);
  });
  zip.outputStream.pipe(output);
  for (const file of filesUnder(folder)) {
    if (cancelled()) break;
    zip.addFile(path.join(folder, file), file, { compress: !file.endsWith('.pdf'), mode: 0o100600 });
  }
  zip.end();
  return finished.then((complete) => {
    if (complete) fsyncFile(target);
    return complete;
  });
}
