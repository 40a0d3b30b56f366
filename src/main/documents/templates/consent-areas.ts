import type { ConsentAreaText } from './consent-text';

const PLANNED = 'The number of sessions planned for you is: {{treatment.plannedSessions}}.';

export const FACE_CONSENT: ConsentAreaText = {
  title: 'Consent to facial rejuvenation mesotherapy',
  procedure: `Mesotherapy places very small amounts of an active mixture just under the surface of the skin using many tiny injections. For the face, the practitioner uses a very fine needle (or an injector device) and works over each area with quick, shallow injections, usually one to four millimetres deep.

A numbing cream may be applied beforehand if you wish. A session usually lasts between 30 and 60 minutes.`,
  benefits: `The aim is to improve hydration, radiance and texture of the skin and to soften fine lines. Changes build up gradually over several weeks and a course of sessions.

Results vary from person to person. They are not guaranteed and they are not permanent: regular maintenance sessions are usually needed to keep them.`,
  extraSideEffects: [
    'Visible injection marks on the face for a day or two, which can be covered with make-up after 24 hours.',
  ],
  alternatives: [
    'Medical-grade skin care, such as retinoids and sunscreen, prescribed or recommended by a professional.',
  ],
  sessions: `A course for the face is usually three to six sessions, often one to two weeks apart at first and then further apart. Maintenance sessions every three to five months are common.

${PLANNED}`,
};

export const UNDER_EYE_CONSENT: ConsentAreaText = {
  title: 'Consent to under-eye mesotherapy',
  procedure: `Mesotherapy places very small amounts of an active mixture just under the surface of the skin using many tiny injections. Around the eyes the skin is thin and delicate, so the practitioner uses a very fine needle, small volumes and very shallow injections, keeping a safe distance from the eye itself.

A numbing cream may be applied beforehand if you wish. A session usually takes about 30 minutes.`,
  benefits: `The aim is to improve the look of dark circles, fine lines and dull, tired-looking skin under the eyes. Changes build up gradually over several weeks.

Results vary. Dark circles caused by bone structure, deep hollows or inherited pigment may improve only a little. Results are not guaranteed and are not permanent.`,
  extraSideEffects: [
    'Puffiness under the eyes, which can be more noticeable in the morning for a few days.',
    'Bruising, which is more likely here than elsewhere on the face because the skin is thin.',
  ],
  alternatives: ['Eye creams, and treating causes such as lack of sleep or allergies.'],
  sessions: `A course for the under-eye area is usually three to five sessions, two to four weeks apart, followed by occasional maintenance.

${PLANNED}`,
};

export const SCALP_CONSENT: ConsentAreaText = {
  title: 'Consent to scalp and hair mesotherapy',
  procedure: `Mesotherapy places very small amounts of an active mixture into the skin of the scalp using many tiny injections, or with a microneedling device, over the areas where the hair is thinning.

The injections are shallow, usually one to four millimetres deep. A session usually takes 30 to 45 minutes.`,
  benefits: `The aim is to support the hair follicles, reduce hair shedding and improve the thickness of thinning hair. Any change is slow: it often takes three months or more to notice.

Results vary and depend on the cause of the hair loss. Mesotherapy cannot regrow hair where follicles have been lost for good. Results are not guaranteed and are not permanent.`,
  extraSideEffects: [
    'A tight or sore scalp for a day or two.',
    'Small scabs at injection points, hidden by the hair in most cases.',
    'A mild headache after the session.',
  ],
  alternatives: [
    'Medicines for hair loss prescribed by a doctor, or lotions such as minoxidil.',
    'Platelet-rich plasma (PRP) treatment, or hair transplant surgery.',
  ],
  sessions: `A course for the scalp is usually eight to twelve sessions, weekly or every two weeks at first and then monthly, with maintenance every few months.

${PLANNED}`,
};

export const BODY_CONSENT: ConsentAreaText = {
  title: 'Consent to body mesotherapy for cellulite and localised fat',
  procedure: `Mesotherapy places small amounts of an active mixture into the skin and the fatty layer under it using many injections over the treated area. For the body, longer fine needles are used where the aim is to reach small areas of fat.

Some mixtures contain substances intended to break down fat cells (such as phosphatidylcholine or deoxycholate). A session usually takes 30 to 60 minutes.`,
  benefits: `The aim is to improve the look of cellulite and to reduce small, stubborn areas of fat. It is not a weight-loss treatment and it does not replace a healthy diet and exercise.

Results vary and build up gradually over several weeks. They are not guaranteed, and they can be lost if you gain weight.`,
  extraSideEffects: [
    'Marked swelling, warmth and tenderness of the treated area for several days, particularly when fat-dissolving products are used.',
    'Firmness under the skin for a few weeks while the area settles.',
  ],
  alternatives: [
    'Changes to diet and exercise.',
    'Other body treatments such as radiofrequency, fat-freezing, or surgery such as liposuction.',
  ],
  sessions: `A course for the body is usually six to fifteen sessions, one to three weeks apart, depending on the area and the aim.

${PLANNED}`,
};

export const GENERIC_CONSENT: ConsentAreaText = {
  title: 'Consent to mesotherapy treatment',
  procedure: `Mesotherapy places very small amounts of an active mixture into the skin, or just under it, using many tiny injections or an injector device. The depth is usually between one and four millimetres, and a little deeper for some body areas.

A numbing cream may be applied beforehand if you wish. A session usually lasts between 30 and 60 minutes.`,
  benefits: `What mesotherapy can do depends on the area and your concern. Your practitioner has explained the aim of your treatment. Changes build up gradually over several weeks and a course of sessions.

Results vary from person to person. They are not guaranteed and they are not permanent.`,
  extraSideEffects: [],
  alternatives: [],
  sessions: `Most people need a course of several sessions: usually three to six for the face and more for the body or scalp, followed by occasional maintenance sessions.

${PLANNED}`,
};
