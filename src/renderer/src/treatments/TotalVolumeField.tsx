import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { draftItemsVolume } from './session-draft';

/**
 * The session's total volume: it follows the sum of the product rows until the practitioner types
 * another figure (an override, shown as such on the signed note); one button goes back to the sum.
 */
export function TotalVolumeField(props: {
  items: readonly { volume: string }[];
  value: string;
  overridden: boolean;
  error?: string;
  onOverride: (value: string) => void;
  onFollowItems: () => void;
}) {
  const { t } = useTranslation();
  const sum = draftItemsVolume(props.items);
  const shown = props.overridden ? props.value : sum === null ? '' : String(sum);
  return (
    <div className="grid totals">
      <Field
        label={t('treatments.session.totalVolume')}
        error={props.error}
        hint={
          props.overridden
            ? t('treatments.session.totalOverriddenHint', { sum: sum ?? 0 })
            : t('treatments.session.totalFollowsItems')
        }
      >
        {(a) => (
          <input
            {...a}
            inputMode="decimal"
            value={shown}
            onChange={(e) => props.onOverride(e.target.value)}
          />
        )}
      </Field>
      {props.overridden && (
        <div className="field field--action">
          <button type="button" className="button button--small" onClick={props.onFollowItems}>
            {t('treatments.session.useItemsTotal')}
          </button>
        </div>
      )}
    </div>
  );
}
