import { todayIso } from '../dates';

/**
 * A new lot whose expiry date is already past (recorded to be quarantined, or used with a written
 * reason): its received date (today by default, which the schema refuses after the expiry) becomes
 * the expiry date, unless one on or before it was typed. Returns the received date to use, or null.
 */
export function expiredOnArrival(
  values: { receivedDate: string },
  expiryDate: string,
  editing: boolean,
  today: string = todayIso(),
): { receivedDate: string } | null {
  if (editing || !/^\d{4}-\d\d-\d\d$/.test(expiryDate) || expiryDate >= today) return null;
  return {
    receivedDate: values.receivedDate && values.receivedDate <= expiryDate ? values.receivedDate : expiryDate,
  };
}
