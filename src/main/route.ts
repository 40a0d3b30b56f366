import type { Channel, OutputOf, ParsedInputOf } from '../shared/api/contract';
import type { AuditAction } from '../shared/audit/schema';
import type { backupContract } from '../shared/backup/contract';
import type { sampleContract } from '../shared/sample/contract';
import type { vaultContract } from '../shared/vault/contract';
import type { ApiContext, Services } from './services';

/** Channels answered by the vault itself (they work while the data is locked, or need its keys). */
export type SessionChannel = keyof typeof vaultContract | keyof typeof backupContract;
/** Also the sample clinic's, answered by the clinic switch in front of the vault (src/main/sample/switch.ts). */
export type VaultChannel = SessionChannel | keyof typeof sampleContract;
/** Channels answered by the services over an open database. */
export type ServiceChannel = Exclude<Channel, VaultChannel>;

export type Handler<C extends ServiceChannel> = (
  services: Services,
  input: ParsedInputOf<C>,
  ctx: ApiContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

/** An action, a record kind and the record's id or number: never names or clinical content. */
export type AuditRecord = [AuditAction, string, string | number | null];
export type AuditRule<C extends ServiceChannel> = (
  input: ParsedInputOf<C>,
  output: OutputOf<C>,
) => AuditRecord | null;

/** Said out loud for a channel that writes nothing to the audit trail (reads of lists, checks). */
export const NOT_AUDITED = 'not audited';

/** The usual rule: `action` on `kind`, named by the id (or number) of the record the call returned. */
export function auditOutput(
  action: AuditAction,
  kind: string,
): (input: unknown, output: { id: number }) => AuditRecord;
export function auditOutput(
  action: AuditAction,
  kind: string,
  key: 'number',
): (input: unknown, output: { number: string }) => AuditRecord;
export function auditOutput(action: AuditAction, kind: string, key: 'id' | 'number' = 'id') {
  return (_input: unknown, output: Record<string, string | number>): AuditRecord => [
    action,
    kind,
    output[key] ?? null,
  ];
}

/** `action` on `kind`, named by the id the call was given. */
export const auditInput =
  (action: AuditAction, kind: string) =>
  (input: { id: number }): AuditRecord => [action, kind, input.id];

/** How main answers one channel: its handler, and what the call writes to the audit trail. */
export type Route<C extends ServiceChannel> = readonly [
  handle: Handler<C>,
  audit: AuditRule<C> | typeof NOT_AUDITED,
];

/** A capability's routes: one per channel of its contract slice, checked by the compiler. */
export type Routes<Slice> = { [C in keyof Slice & ServiceChannel]: Route<C> };

/** The vault's own handlers, typed against the contract: the input as parsed, the output as promised. */
export type VaultHandlers<K extends VaultChannel> = {
  [C in K]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};
