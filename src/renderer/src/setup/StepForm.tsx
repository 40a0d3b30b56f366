import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/settings/schema';
import { FormAlert } from '../components/FormAlert';
import { FormActions } from '../components/form/FormActions';
import { Loaded } from '../components/QueryState';
import { useSettings } from '../settings/queries';
import { SkipStepButton } from './SkipStepButton';
import type { StepProps } from './steps';

/**
 * A setup step's form: the step's explanation (setup.steps.<step>.body) above it, its title as the
 * form's name, then the fields, a general error, the submit button and Skip.
 */
export function StepForm(props: {
  step: 'profile' | 'workingHours' | 'backupFolder';
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  alert: string | null;
  submitLabel: string;
  pendingLabel?: string;
  pending: boolean;
  onSkip: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t(`setup.steps.${props.step}.body`)}</p>
      <form
        noValidate
        aria-label={t(`setup.steps.${props.step}.title`)}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit(event);
        }}
      >
        {props.children}
        <FormAlert message={props.alert} />
        <FormActions
          submitLabel={props.submitLabel}
          pendingLabel={props.pendingLabel}
          pending={props.pending}
        >
          <SkipStepButton onSkip={props.onSkip} />
        </FormActions>
      </form>
    </>
  );
}

/** A step whose form edits the clinic's settings: the form, once the settings are loaded. */
export function settingsStep(Form: (props: StepProps & { settings: Settings }) => ReactNode) {
  return function SettingsStep(props: StepProps) {
    const settings = useSettings();
    return <Loaded query={settings}>{(data) => <Form {...props} settings={data} />}</Loaded>;
  };
}
