/** Stock is kept in hundredths of a unit (0.01 ml, 0.01 vial): integer sums never drift. */
export const toHundredths = (value: number): number => Math.round(value * 100);
export const fromHundredths = (hundredths: number): number => hundredths / 100;

/** The lot key a lot number is found by: trimmed, NFC, upper-case ("ha-2291 " finds "HA-2291"). */
export const lotKey = (lotNumber: string): string => lotNumber.trim().normalize('NFC').toUpperCase();
