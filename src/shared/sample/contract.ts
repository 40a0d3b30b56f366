import { call, empty } from '../api/call';

/** The sample clinic is opened with this passphrase, shown on screen: it guards nothing real. */
export const SAMPLE_PASSPHRASE = 'sample clinic for practice only';

export interface SampleOpened {
  passphrase: string;
  dataDir: string;
}

/** A separate, clearly marked clinic of invented patients, to look around or to train on. */
export const sampleContract = {
  /** From the first-start screen: closes the (empty) real clinic and opens the sample one, built if new. */
  'sample.open': call(empty).returns<SampleOpened>(),
  /** Back to the real clinic's start screen. */
  'sample.leave': call(empty).returns<null>(),
} as const;
