/**
 * The guard triggers the migrations write again and again, built once. They return the exact text the
 * migrations always executed (tests/unit/migrations/executed-sql.test.ts pins it), indented for a
 * migration's SQL block at six spaces.
 */

/** True unless the row's patient is being erased (migration 7's erasure_in_progress). */
export const NOT_ERASING =
  'NOT EXISTS (SELECT 1 FROM erasure_in_progress e WHERE e.patient_id = old.patient_id)';

const aborting = (message: string) => `BEGIN\n        SELECT RAISE(ABORT, '${message}');\n      END;`;

/** A trigger refusing `event` (`BEFORE UPDATE ON table`, with an inline `WHEN …`) with `message`. */
export const refuse = (name: string, event: string, message: string) =>
  `CREATE TRIGGER ${name} ${event} ${aborting(message)}`;

/** The same with its condition on a line of its own (`when` may span lines). */
export const refuseWhen = (name: string, event: string, when: string, message: string) =>
  `CREATE TRIGGER ${name} ${event}\n      WHEN ${when}\n      ${aborting(message)}`;

/** Replaces a delete guard by one that lets the erasure of the row's patient through. */
export const replaceWhen = (name: string, event: string, when: string, message: string) =>
  `DROP TRIGGER ${name};\n      ${refuseWhen(name, event, when, message)}`;
