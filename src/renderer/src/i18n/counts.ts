import type { en } from './en';

type PluralBase<K> = K extends `${infer N}_${'one' | 'other'}` ? N : never;
/** A noun with its count, in its plural form: "1 patient", "3 patients". */
export type CountNoun = PluralBase<keyof typeof en.counts>;

export const counted = (
  t: (key: string, values?: Record<string, unknown>) => string,
  noun: CountNoun,
  count: number,
): string => t(`counts.${noun}`, { count });
