import { useTranslation } from 'react-i18next';
import { clinic, unwrap } from '../api/clinic';
import { PathField } from '../components/form/PathField';
import { useAppInfo } from '../documents/queries';

/**
 * A destination folder: typed in the browser (explained in the hint), or picked with the desktop's
 * own folder dialog. Empty means the clinic's own folder.
 */
export function FolderField(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  purpose: 'backup' | 'export';
  error?: string;
}) {
  const { t } = useTranslation();
  const desktop = useAppInfo().data?.transport === 'electron';
  const choose = async () => {
    const choice = await unwrap(clinic.files.chooseFolder({ purpose: props.purpose }));
    if (choice.path) props.onChange(choice.path);
  };
  return (
    <div className="folder-field">
      <PathField
        label={props.label}
        hint={desktop ? props.hint : `${props.hint} ${t('data.folderBrowserHint')}`}
        error={props.error}
        wide
        value={props.value}
        onChange={props.onChange}
      />
      {desktop && (
        <button type="button" className="button" onClick={() => void choose()}>
          {t('data.choose')}
        </button>
      )}
    </div>
  );
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a chosen file as text in the page, refusing one over the limit before reading it. */
export async function readTextFile(file: File, maxBytes: number): Promise<string | null> {
  if (file.size > maxBytes) return null;
  return file.text();
}

/** The folder an export writes to; the clinic export's label and hint unless the panel names its own. */
export function ExportFolderField({
  label,
  hint,
  ...field
}: {
  label?: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <FolderField
      label={label ?? t('data.exportFolder')}
      hint={hint ?? t('data.exportFolderHint')}
      purpose="export"
      {...field}
    />
  );
}
