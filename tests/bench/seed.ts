import type { createServices } from '../../src/main/api';
import type { Db } from '../../src/main/db/types';
import type { PatientFieldsInput } from '../../src/shared/patients/schema';
import { patientFieldsSchema } from '../../src/shared/patients/schema';
import { foldText } from '../../src/shared/text/fold';
import { FIRST_NAMES, LAST_NAMES } from '../fixtures/seed-names';

/** A small deterministic PRNG so every run seeds the same clinic. */
export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

/** Names in other scripts usually come with a Latin email address. */
const emailHandle = (first: string): string => {
  const folded = foldText(first).replace(/\s+/g, '.');
  return /^[a-z.]+$/.test(folded) ? folded : 'contact';
};

export function randomPatient(random: () => number): PatientFieldsInput {
  const year = 1940 + Math.floor(random() * 66);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const phone = `+${30 + Math.floor(random() * 60)} ${Math.floor(100 + random() * 900)} ${Math.floor(
    1000000 + random() * 9000000,
  )}`;
  const first = pick(random, FIRST_NAMES);
  return {
    firstName: first,
    lastName: pick(random, LAST_NAMES),
    dateOfBirth: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    sex: random() < 0.85 ? 'female' : 'male',
    phone,
    email: random() < 0.7 ? `${emailHandle(first)}${Math.floor(random() * 1000)}@example.com` : null,
  };
}

/** The fields `seedPatients(db, services, count, seed)` creates, in creation order, without a database. */
export function seedPatientFields(count: number, seed = 42): PatientFieldsInput[] {
  const random = rng(seed);
  return Array.from({ length: count }, () => randomPatient(random));
}

/** Seeds `count` patients through the real service, in one transaction. */
export function seedPatients(db: Db, services: ReturnType<typeof createServices>, count: number, seed = 42) {
  const created = seedPatientFields(count, seed);
  db.transaction(() => {
    for (const fields of created) services.patients.create(patientFieldsSchema.parse(fields), true);
  })();
  return created;
}
