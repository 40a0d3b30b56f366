import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SAMPLE_PASSPHRASE } from '../../../shared/sample/contract';
import { clinic, unwrap } from '../api/clinic';
import { failureMessage } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { MutationButton } from '../components/form/BusyButton';
import { useAppInfo } from '../documents/queries';
import { VAULT_KEY } from '../lock/LockGate';

/**
 * On every screen while the sample clinic is open, locked or not: what it is, its passphrase, and the
 * way back to the real clinic. The window title says so too.
 */
export function SampleBanner() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const sample = info.data?.sample === true;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = useMutation({
    mutationFn: () => unwrap(clinic.sample.leave({})),
    onSuccess: async () => {
      // Nothing of the sample clinic stays in memory.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== VAULT_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: VAULT_KEY });
      navigate('/');
    },
  });

  useEffect(() => {
    if (!sample) return;
    const before = document.title;
    document.title = t('sample.title');
    return () => {
      document.title = before;
    };
  }, [sample, t]);

  if (!sample) return null;
  return (
    <aside className="sample-banner" aria-label={t('sample.banner')}>
      <p className="sample-banner__text">
        <strong>{t('sample.banner')}</strong>
        <span>{t('sample.passphrase', { passphrase: SAMPLE_PASSPHRASE })}</span>
      </p>
      <MutationButton
        mutation={leave}
        className="button"
        label={t('sample.leave')}
        busyLabel={t('sample.leaving')}
      />
    </aside>
  );
}

/** The first-start screen's way into the sample clinic (built on first use, which takes a few seconds). */
export function ExploreSample({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation();
  const open = useMutation({ mutationFn: () => unwrap(clinic.sample.open({})), onSuccess: onOpened });
  return (
    <div className="sample-explore">
      <p>{t('sample.exploreBody')}</p>
      <FormAlert message={open.error ? failureMessage(open.error) : null} />
      <MutationButton
        mutation={open}
        className="button"
        label={t('sample.explore')}
        busyLabel={t('sample.building')}
      />
    </div>
  );
}
