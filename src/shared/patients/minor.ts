import { ageInYears } from '../dates';

/** Below this age a parent or guardian signs the intake and the consent (DOMAIN.md "Screening"). */
export const ADULT_AGE = 18;

/** Whether the patient is a minor on that day. */
export const isMinorOn = (dateOfBirth: string, on: Date): boolean => ageInYears(dateOfBirth, on) < ADULT_AGE;

/** A day (ISO date) as the moment screening reads ages at: midday, clear of time-zone edges. */
export const middayOf = (isoDate: string): Date => new Date(`${isoDate}T12:00:00`);
