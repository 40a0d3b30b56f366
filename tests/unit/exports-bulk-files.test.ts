import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openHashedFile } from '../../src/main/exports/hashed-file';
import { hashedLines } from '../../src/main/imports/fhir-bulk-import';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mesodesk-lines-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

it('reads a file of several megabytes line by line, characters of any width across the read boundaries', () => {
  // Lines of odd lengths with two-, three- and four-byte characters, so the megabyte reads cut inside them.
  const lines = Array.from({ length: 40_000 }, (_, i) => `{"n":${i},"t":"${'é€😀a'.repeat(i % 17)}"}`);
  const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024);
  const file = path.join(dir, 'Patient.ndjson');
  fs.writeFileSync(file, bytes);
  expect([...hashedLines(file, sha256(bytes))]).toEqual(lines);
  // A last line without its line feed is still read.
  fs.writeFileSync(file, 'a\nb');
  expect([...hashedLines(file, sha256(Buffer.from('a\nb')))]).toEqual(['a', 'b']);
});

it('refuses the file once read when its SHA-256 is not the one given', () => {
  const file = path.join(dir, 'Patient.ndjson');
  fs.writeFileSync(file, 'a\nb\n');
  const read: string[] = [];
  expect(() => {
    for (const line of hashedLines(file, sha256(Buffer.from('a\nc\n')))) read.push(line);
  }).toThrow(expect.objectContaining({ fields: { folder: 'errors.bulkDamaged' } }));
  expect(read).toEqual(['a', 'b']);
});

it('writes appended text of any width exactly, hashed and counted, across its megabyte flushes', () => {
  const file = openHashedFile(dir, 'fhir/Patient.ndjson');
  const parts = Array.from({ length: 30_000 }, (_, i) => `${'é€😀a'.repeat(i % 23)}${i}\n`);
  parts.push(`${'x'.repeat(400_000)}\n`, 'end\n');
  for (const part of parts) file.append(part);
  const written = file.close();
  const bytes = fs.readFileSync(path.join(dir, 'fhir/Patient.ndjson'));
  expect(bytes.toString('utf8')).toBe(parts.join(''));
  expect(written).toEqual({
    url: 'fhir/Patient.ndjson',
    bytes: bytes.length,
    sha256: sha256(bytes),
    count: parts.length,
  });
  expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
});
