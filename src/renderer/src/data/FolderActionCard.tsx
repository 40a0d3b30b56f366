import type { ReactNode } from 'react';
import { apiError, failureMessage } from '../api/failure';
import { Card } from '../components/Card';
import { FormAlert } from '../components/FormAlert';
import { MutationButton } from '../components/form/BusyButton';
import { ExportFolderField } from './FolderField';

/**
 * A card that runs one action on a folder typed or chosen: the folder's own error under the field,
 * any other failure under the button, then what the action brought (`children`).
 */
export function FolderActionCard(props: {
  id: string;
  title: string;
  intro: string;
  folderLabel: string;
  folderHint: string;
  folder: string;
  onFolder: (folder: string) => void;
  mutation: { isPending: boolean; mutate: () => void; error: unknown };
  actionLabel: string;
  busyLabel: string;
  /** The action needs a folder (an empty one means the clinic's own folder otherwise). */
  folderRequired?: boolean;
  children?: ReactNode;
}) {
  const failure = apiError(props.mutation.error);
  return (
    <Card id={props.id} title={props.title} intro={props.intro}>
      <ExportFolderField
        label={props.folderLabel}
        hint={props.folderHint}
        value={props.folder}
        onChange={props.onFolder}
        error={failure?.fields?.folder}
      />
      <div className="form-actions">
        <MutationButton
          mutation={props.mutation}
          label={props.actionLabel}
          busyLabel={props.busyLabel}
          disabled={props.folderRequired && !props.folder.trim()}
        />
      </div>
      <FormAlert
        message={props.mutation.error && !failure?.fields ? failureMessage(props.mutation.error) : null}
      />
      {props.children}
    </Card>
  );
}
