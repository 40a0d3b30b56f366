import { describe, expect, it } from 'vitest';
import { protocolViews } from '../../src/shared/photos/protocol';
import type { PhotoProtocol } from '../../src/shared/photos/schema';
import type { SessionCheck, TimelinePage } from '../../src/shared/treatments/schema';
import { apiPerTest } from '../fixtures/db';
import { cameraJpeg, photoDetails } from '../fixtures/photos';
import {
  callOk,
  createSession,
  productWithLot,
  readyPatient,
  sessionFields,
  signSession,
  startCourse,
} from '../fixtures/treatments';

const t = apiPerTest();

describe('the photo protocol', () => {
  it('follows the charted areas', () => {
    expect(protocolViews(['face.cheeks'])).toEqual([
      'face-front',
      'face-left-45',
      'face-right-45',
      'face-left-profile',
      'face-right-profile',
    ]);
    expect(protocolViews(['face.under-eye'])).toContain('under-eye-close-up');
    expect(protocolViews(['scalp.vertex'])).toEqual([
      'scalp-vertex',
      'scalp-frontal-hairline',
      'scalp-left-temple',
      'scalp-right-temple',
      'scalp-parting',
    ]);
    expect(protocolViews([])).toEqual([]);
  });

  it('with before photos required, a session is signed only once each view has a photo or a skip reason', async () => {
    const { patient } = await readyPatient(t.api);
    await callOk(t.api, 'settings.update', { patch: { beforePhotosRequired: true } });
    const { product, lot } = await productWithLot(t.api);
    const course = await startCourse(t.api, patient.id);
    const draft = await createSession(t.api, course.id, sessionFields(product.id, lot.id));
    const check = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(check.problems).toContainEqual({
      key: 'sessions.problems.beforePhotosMissing',
      params: {
        count: 5,
        views: 'face-front, face-left-45, face-right-45, face-left-profile, face-right-profile',
      },
      photoViews: ['face-front', 'face-left-45', 'face-right-45', 'face-left-profile', 'face-right-profile'],
    });

    const jpeg = (await cameraJpeg()).toString('base64');
    for (const view of ['face-front', 'face-left-45', 'face-right-45', 'face-left-profile']) {
      await callOk(t.api, 'photos.import', {
        details: photoDetails(patient.id, { sessionId: draft.id, moment: 'before', view }),
        data: jpeg,
        source: 'capture',
      });
    }
    const protocol = await callOk<PhotoProtocol>(t.api, 'photos.skipView', {
      sessionId: draft.id,
      view: 'face-right-profile',
      reason: 'Dressing over the right ear',
    });
    expect(protocol.steps.map((s) => [s.view, s.beforeTaken, s.skipReason])).toEqual([
      ['face-front', true, null],
      ['face-left-45', true, null],
      ['face-right-45', true, null],
      ['face-left-profile', true, null],
      ['face-right-profile', false, 'Dressing over the right ear'],
    ]);
    // The course's baseline for the ghost overlay: the first photo of the view.
    expect(protocol.steps[0]?.baselineId).toBe(protocol.steps[0]?.photoIds[0]);
    const after = await callOk<SessionCheck>(t.api, 'sessions.check', { id: draft.id });
    expect(after.problems.map((p) => p.key)).not.toContain('sessions.problems.beforePhotosMissing');
    const signed = await signSession(t.api, draft);
    expect(signed.status).toBe('signed');
    // The skipped view is in the patient's timeline on the session's date and time, with its reason.
    const timeline = await callOk<TimelinePage>(t.api, 'timeline.forPatient', { patientId: patient.id });
    expect(timeline.items.filter((e) => e.kind === 'photo-skip')).toEqual([
      expect.objectContaining({
        at: `${signed.date}T${signed.time}`,
        detail: 'face-right-profile',
        note: 'Dressing over the right ear',
        parentId: draft.id,
        sequence: 1,
      }),
    ]);
    expect(timeline.total).toBe(timeline.items.length);

    // A view outside the protocol cannot be skipped; a photo after signing is an amendment.
    expect(
      await t.api.call('photos.skipView', { sessionId: draft.id, view: 'scalp-vertex', reason: 'n/a' }),
    ).toMatchObject({ ok: false, error: { fields: { view: 'errors.photoViewNotInProtocol' } } });
    const late = await callOk<{ amendment: boolean }>(t.api, 'photos.import', {
      details: photoDetails(patient.id, { sessionId: draft.id, moment: 'after' }),
      data: jpeg,
    });
    expect(late.amendment).toBe(true);
    const audit = t.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'photo' ORDER BY id")
      .pluck()
      .all();
    expect(audit).toEqual(['create', 'create', 'create', 'create', 'amend']);
  });

  it('is on for a new clinic', async () => {
    expect(
      (await callOk<{ beforePhotosRequired: boolean }>(t.api, 'settings.get', {})).beforePhotosRequired,
    ).toBe(true);
  });
});
