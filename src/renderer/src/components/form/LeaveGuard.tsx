import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Asks before leaving a form with unsaved changes: "Leave without saving?" with Stay / Leave. A form
 * that was saved is reset to what was saved (useFormMutation does it), so it no longer counts as changed;
 * a navigation started in the same moment as the save is let through once the form shows it is clean.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  // Read when navigating, not when rendering: a save followed at once by a navigation must see it.
  const changed = useRef(when);
  changed.current = when;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      changed.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (blocked && !when) blocker.proceed();
  }, [blocked, when, blocker]);
  return (
    <ConfirmDialog
      open={blocked && when}
      title={t('leftovers.leave.title')}
      body={t('leftovers.leave.body')}
      confirmLabel={t('leftovers.leave.leave')}
      cancelLabel={t('leftovers.leave.stay')}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}

/** The guard for a react-hook-form form: asks while it holds changes that were not saved. */
export function FormLeaveGuard<V extends FieldValues>({
  form,
}: {
  form: UseFormReturn<V, unknown, unknown>;
}) {
  return <LeaveGuard when={form.formState.isDirty} />;
}
