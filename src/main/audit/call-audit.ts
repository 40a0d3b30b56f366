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
 * the caller's transaction. Outside an API call (a service called directly, as tests and benches
 * do) it does nothing. A call records one entry: a second record stored under the same call (work
 * the call started and left running, which inherits its context) would take the call's entry, so
 * it fails instead, and its transaction with it.
 */
export function recordCallInTransaction(output: unknown): void {
  const call = current.getStore();
  if (!call) return;
  if (call.recorded) throw new Error('This API call has recorded its audit entry already.');
  call.record(output);
  call.recorded = true;
}
