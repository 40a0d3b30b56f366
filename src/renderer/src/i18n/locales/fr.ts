/** fr interface strings: same keys as en.ts (see i18n/completeness.ts). */
export const fr = {};
