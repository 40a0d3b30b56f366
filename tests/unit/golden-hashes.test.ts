import { describe, expect, it } from 'vitest';
import { entryHash } from '../../src/main/audit/chain';
import { hashOf } from '../../src/main/documents/reader';
import { canonicalIntake, intakeHash } from '../../src/main/intake/hash';
import { sha256Hex } from '../../src/main/kernel/sha256';
import { canonicalJson } from '../../src/shared/kernel/canonical-json';

/**
 * Golden hashes: fixed sample records and the SHA-256 each had when it was signed with the code of
 * the day. Whatever changes in how canonical JSON or hashes are computed, these values must not move,
 * or every record signed before the change would stop verifying.
 */

const signature = (role: string, signerName: string) => ({
  role,
  signerName,
  method: 'drawn',
  signedAt: '2025-03-04T10:15:00.000Z',
  imageBase64: 'iVBORw0KGgo=',
});

const intake = {
  uid: '0f6a3c1e-1111-4a2b-9c3d-222233334444',
  patientUid: '9b1d2e3f-5555-4c6d-8e7f-666677778888',
  definition: {
    key: 'medical-history',
    version: 1,
    sections: [{ key: 'general', questions: [{ key: 'allergies', type: 'yesno', detail: undefined }] }],
  },
  context: { age: 34, sex: 'female', guardian: null },
  answers: { allergies: { value: true, detail: 'Latex — «hives»' }, pregnant: { value: false } },
  declaration: 'I confirm the answers above are true.',
  signedAt: '2025-03-04T10:15:00.000Z',
  signatures: [
    {
      signature: signature('patient', 'Ana Müller'),
      png: Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 1]),
    },
  ],
};

const document = {
  uid: '3c2b1a00-aaaa-4bbb-8ccc-ddddeeeeffff',
  patientId: 12,
  templateId: 3,
  createdAt: '2025-03-04T10:20:00.000Z',
  snapshot: {
    kind: 'consent',
    template: { key: 'consent-mesotherapy', version: 2 },
    paperSize: 'A4',
    dateFormat: 'DD/MM/YYYY',
    clinic: { name: 'Clinique du Lac', address: '1 quai, Genève', logoSha256: null },
    patient: { name: 'Ana Müller', dateOfBirth: '1991-02-03', number: 'P-0012' },
    dateText: '04/03/2025',
    details: { areas: ['face', 'neck'], notes: undefined, dose: 2.5 },
    content: { title: 'Consent', blocks: [{ type: 'p', text: 'Risks: bruising, swelling.' }] },
    photoConsent: null,
  },
  signatures: [signature('patient', 'Ana Müller'), signature('practitioner', 'Dr Léa Roux')],
};

const session = {
  format: 'mesodesk.session/1',
  uid: '7e7e7e7e-1234-4321-abcd-0123456789ab',
  patientUid: '9b1d2e3f-5555-4c6d-8e7f-666677778888',
  courseId: 4,
  indication: 'Hair loss',
  sequence: 2,
  plannedSessions: 6,
  fields: { practitioner: 'Dr Léa Roux', zones: ['scalp-crown'], technique: 'nappage', notes: '', pain: 3 },
  items: [
    {
      productId: 8,
      lotNumber: 'L-2291',
      expiry: '2026-01-31',
      volumeMl: 2.5,
      quantityUsed: null,
      priceCents: 12000,
    },
  ],
  currency: 'EUR',
  signedAt: '2025-03-18T09:00:00.000Z',
};

describe('golden hashes of signed records', () => {
  it('an intake hashes as it did when signed', () => {
    expect(intakeHash(intake as never)).toBe(
      'f547de7f4c7b3d27b90ffbb715518a2cb7f0a8417535080d500a875a8b6c0772',
    );
    expect(sha256Hex(canonicalIntake(intake as never))).toBe(
      'f547de7f4c7b3d27b90ffbb715518a2cb7f0a8417535080d500a875a8b6c0772',
    );
  });

  it('a document hashes as it did when signed', () => {
    expect(hashOf(document as never)).toBe(
      '7dcaa432c269ba76a10ad470a8d2942195ad904892e19212e0f5adabc31f7004',
    );
  });

  it('a treatment session hashes as it did when signed', () => {
    expect(sha256Hex(canonicalJson(session))).toBe(
      'e188073f115bc2e3dbbcfb15bf5698e06e7e5275a05204e9af4ba204224f9eac',
    );
  });

  it('an audit entry chains as it did when written', () => {
    const e = {
      id: 41,
      at: '2025-03-18T09:00:01.000Z',
      actor: 'owner',
      action: 'session.sign',
      entity: 'session',
      entityId: '17',
    };
    expect(entryHash('0'.repeat(64), e)).toBe(
      '6d4eec960205fcd55930f798d7cc70158f2935782079298dfd5a16bf48bd411b',
    );
    expect(entryHash('a'.repeat(64), { ...e, entityId: null })).toBe(
      'f4378572d885f1373651c1af146fd77b1f58b922a8cca079b6c966bee18f7d8c',
    );
  });

  it('canonical JSON text is pinned for the awkward cases', () => {
    const awkward = {
      b: [1, undefined, 'x'],
      a: { d: undefined, c: -0, e: 1e21, f: 0.1 },
      é: '\u2028',
      A: true,
    };
    expect(canonicalJson(awkward)).toBe(
      '{"A":true,"a":{"c":0,"e":1e+21,"f":0.1},"b":[1,null,"x"],"é":"\u2028"}',
    );
    expect(sha256Hex(Buffer.from([0, 255, 128]))).toBe(
      'f742b965f156c10374bc23aea96e3a8aff8facd6fc079defeaa30219ad86f211',
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('canonical JSON', () => {
  it('refuses numbers JSON cannot carry, rather than signing them as null', () => {
    expect(() => canonicalJson({ dose: Number.NaN })).toThrow('Non-finite number');
    expect(() => canonicalJson([Number.POSITIVE_INFINITY])).toThrow('Non-finite number');
  });
});
