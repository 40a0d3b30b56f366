import { AsyncLocalStorage } from 'node:async_hooks';

/** The audit entry of the API call under way (api.ts), written at most once. */
interface CallAudit {
  record(output: unknown): void;
  recorded: boolean;
}

const current = new AsyncLocalStorage<CallAudit>();

/**
 * Runs an API call with its audit entry at hand: a long-running call (one that draws a PDF or
 * cleans a photo before it stores anything) writes the entry in the transaction that stores its
 * record (recordCallInTransaction), so that neither is ever kept without the other. What the call
 * did not record so, `finish` records afterwards (calls that store no record: exports, prints).
 */
export async function runWithCallAudit<T>(
  record: (output: unknown) => void,
  run: (finish: (output: T) => void) => Promise<T>,
): Promise<T> {
  const call: CallAudit = { record, recorded: false };
  return current.run(call, () =>
    run((output) => {
      if (call.recorded) return;
      call.recorded = true;
      call.record(output);
    }),
  );
}

/**
 * Writes the audit entry of the API call under way, for `output` (what the call will return), in
 * the caller's transaction. Outside an API call (a re-import, the sample's seeding by services)
 * it does nothing: those write their own entries.
 */
export function recordCallInTransaction(output: unknown): void {
  const call = current.getStore();
  if (!call || call.recorded) return;
  call.record(output);
  call.recorded = true;
}
