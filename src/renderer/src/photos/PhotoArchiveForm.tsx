import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type PhotoSummary, photoArchiveSchema } from '../../../shared/photos/schema';
import { clinic, unwrap } from '../api/clinic';
import { FormAlert } from '../components/FormAlert';
import { MutationButton } from '../components/form/BusyButton';
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

/**
 * "Restore to the gallery" for a photo archived by mistake: the archive is kept, the restore is recorded
 * beside it, and the photo is back in the gallery, comparisons and exports.
 */
export function RestorePhotoButton({
  photo,
  small,
  onDone,
}: {
  photo: PhotoSummary;
  /** On a gallery card: a small button under the archive's reason. */
  small?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePhotos();
  const restore = useMutation({
    mutationFn: () => unwrap(clinic.photos.restore({ id: photo.id })),
    onSuccess: async () => {
      await invalidate(photo.patientId);
      onDone?.();
    },
  });
  return (
    <>
      <MutationButton
        mutation={restore}
        className={small ? 'button button--small' : 'button'}
        label={t('photos.archive.restore')}
        busyLabel={t('photos.archive.restoring')}
      />
      <FormAlert message={restore.error?.message} />
    </>
  );
}
