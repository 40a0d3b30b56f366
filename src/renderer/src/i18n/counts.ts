import type { en } from './en';

/** A noun with its count, in its plural form: "1 patient", "3 patients". */
export type CountNoun = keyof typeof en.counts extends `${infer N}_${'one' | 'other'}` ? N : never;

export const counted = (
  t: (key: string, values?: Record<string, unknown>) => string,
  noun: CountNoun,
  count: number,
): string => t(`counts.${noun}`, { count });
