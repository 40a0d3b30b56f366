import { useTranslation } from 'react-i18next';
import { type PhotoSummary, photoArchiveSchema } from '../../../shared/photos/schema';
import { clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { TextAreaField } from '../components/form/fields';
import { useFormMutation } from '../components/form/useFormMutation';
import { useZodForm } from '../components/form/useZodForm';
import { useInvalidatePhotos } from './queries';

/**
 * Archives a photo taken in error: kept, never deleted, hidden from the gallery, comparisons and
 * exports unless "Show archived photos" is ticked. A photo of a signed session is archived as an
 * amendment, which the form says before it is sent.
 */
export function PhotoArchiveForm({
  photo,
  locked,
  onDone,
  onCancel,
}: {
  photo: PhotoSummary;
  /** Its session is signed (or the photo was added as an amendment). */
  locked: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePhotos();
  const { form, field } = useZodForm(photoArchiveSchema, { id: photo.id, reason: '' });
  const { submit, formError, pending } = useFormMutation(
    form,
    (input) => unwrap(clinic.photos.archive(input)),
    {
      onSaved: async () => {
        await invalidate(photo.patientId);
        onDone();
      },
    },
  );
  return (
    <form className="photo-archive" noValidate onSubmit={submit} aria-labelledby="photo-archive-title">
      <h3 id="photo-archive-title">{t('photos.archive.title')}</h3>
      <p className="muted small">{t(locked ? 'photos.archive.lockedHint' : 'photos.archive.hint')}</p>
      <TextAreaField label={t('photos.archive.reason')} field={field('reason')} required wide rows={2} />
      <FormAlert message={formError} />
      <FormActions submitLabel={t('photos.archive.confirm')} pending={pending} onCancel={onCancel} />
    </form>
  );
}
