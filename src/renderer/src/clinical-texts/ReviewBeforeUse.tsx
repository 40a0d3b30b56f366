import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClinicalTextReview } from '../../../shared/clinical-texts/schema';
import { clinic, unwrap } from '../api/clinic';
import { failureMessage } from '../api/failure';
import { FormAlert } from '../components/FormAlert';
import { MutationButton } from '../components/form/BusyButton';

/**
 * "Review before first use": a shipped translation of a clinical text waits for the practitioner to read
 * it and approve it once (recorded and audited) before a patient can sign it.
 */
export function ReviewBeforeUse({
  review,
  onApproved,
}: {
  review: ClinicalTextReview;
  onApproved: () => void;
}) {
  const { t } = useTranslation();
  const approve = useMutation({
    mutationFn: () => unwrap(clinic.clinicalTexts.approve(review)),
    onSuccess: onApproved,
  });
  return (
    <section className="alert alert--warning review-before-use" aria-labelledby="review-before-use-title">
      <h2 id="review-before-use-title">{t('languages.review.title')}</h2>
      <p>{t('languages.review.body', { language: t(`form.languageOptions.${review.language}`) })}</p>
      <FormAlert message={approve.error ? failureMessage(approve.error) : null} />
      <MutationButton
        mutation={approve}
        label={t('languages.review.approve')}
        busyLabel={t('languages.review.approving')}
      />
    </section>
  );
}
