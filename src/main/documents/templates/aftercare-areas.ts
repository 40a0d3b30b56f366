import type { AftercareAreaText } from './aftercare-text';

export const FACE_AFTERCARE: AftercareAreaText = {
  title: 'Aftercare after facial mesotherapy',
  normal: ['Tiny marks at the injection points are normal and fade over a day or two.'],
  avoid: ['For 24 hours: no make-up on the treated skin.'],
  skinCare: [
    'Cleanse gently with lukewarm water and a mild cleanser; do not scrub for 24 hours.',
    'Leave out retinoid and acid products for a few days, then restart them gradually.',
  ],
};

export const UNDER_EYE_AFTERCARE: AftercareAreaText = {
  title: 'Aftercare after under-eye mesotherapy',
  normal: [
    'Puffiness under the eyes can be more noticeable in the morning for a few days. Sleeping with your head slightly raised on an extra pillow helps.',
  ],
  avoid: [
    'For 24 hours: no eye make-up or make-up under the eyes, and no rubbing of the eyes.',
    'Wear glasses instead of contact lenses for the rest of the day if you can.',
  ],
  skinCare: ['Pat the area dry gently, and use only a simple fragrance-free eye cream for a few days.'],
};

export const SCALP_AFTERCARE: AftercareAreaText = {
  title: 'Aftercare after scalp mesotherapy',
  normal: [
    'The scalp may feel tight or sore for a day or two, and a mild headache is possible.',
    'Small scabs at injection points are normal and fall away on their own.',
  ],
  avoid: [
    'Do not wash your hair until the next day, then use a mild shampoo and lukewarm water.',
    'For 24 to 48 hours: no hair dye, perming, straightening, hot styling tools or tight hats and hair ties.',
  ],
  skinCare: ['Wear a hat when outdoors for the first few days, as the scalp burns easily.'],
};

export const BODY_AFTERCARE: AftercareAreaText = {
  title: 'Aftercare after body mesotherapy',
  normal: [
    'The treated area may stay swollen, warm, firm and tender for several days, especially after fat-reducing products. This slowly settles over one to three weeks.',
  ],
  avoid: [
    'For 24 to 48 hours: wear loose, comfortable clothing over the treated area.',
    'After 48 hours, gentle walking and drinking plenty of water are encouraged.',
  ],
  skinCare: ['Shower with lukewarm water and a mild wash; avoid body scrubs for a week.'],
};
