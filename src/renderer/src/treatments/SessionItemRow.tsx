import { useTranslation } from 'react-i18next';
import type { Lot, Product } from '../../../shared/catalog/schema';
import { ZONES } from '../../../shared/treatments/zones';
import { Field } from '../components/Field';
import { TextField } from '../components/form/TextField';
import { ChoiceField } from '../components/OptionsField';
import { formatDate } from '../format';
import type { Draft, ItemDraft } from './session-draft';

function lotLabel(t: (k: string, o?: Record<string, unknown>) => string, lot: Lot, date: string) {
  return t(lot.expiryDate < date ? 'treatments.session.lotOptionExpired' : 'treatments.session.lotOption', {
    lot: lot.lotNumber,
    expiry: formatDate(lot.expiryDate),
    remaining: lot.quantityRemaining,
    unit: t(`treatments.units.${lot.unit}`),
  });
}

export function SessionItemRow({
  n,
  item,
  draft,
  products,
  lots,
  error,
  onChange,
  onRemove,
}: {
  n: number;
  item: ItemDraft;
  draft: Draft;
  products: Product[];
  lots: Lot[];
  error: (path: string) => string | undefined;
  onChange: (item: ItemDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const product = products.find((p) => String(p.id) === item.productId);
  // A quarantined lot is never offered (one chosen before it was quarantined stays, to show its error).
  const productLots = lots.filter(
    (l) => String(l.productId) === item.productId && (!l.quarantined || String(l.id) === item.lotId),
  );
  const lot = productLots.find((l) => String(l.id) === item.lotId);
  const expired = lot !== undefined && lot.expiryDate < draft.date;
  const e = (field: string) => error(`items.${n - 1}.${field}`);
  const zones = draft.areas.length ? ZONES.filter((z) => draft.areas.includes(z.id)) : ZONES;
  /** A decimal amount of the item (its volume, the vials used), its error under the schema's name. */
  const amount = (key: 'volume' | 'quantity', label: string, errorField: string) => (
    <TextField
      label={label}
      error={e(errorField)}
      inputMode="decimal"
      value={item[key]}
      onChange={(value) => onChange({ ...item, [key]: value })}
    />
  );
  return (
    <fieldset className="session-item">
      <legend>{t('treatments.session.itemLegend', { n })}</legend>
      <div className="session-item__grid">
        <ChoiceField
          label={t('treatments.session.itemZone', { n })}
          error={e('zone')}
          value={item.zone}
          choices={zones.map((z) => ({ value: z.id, label: z.label }))}
          onChange={(zone) => onChange({ ...item, zone })}
        />
        <ChoiceField
          label={t('treatments.session.itemProduct', { n })}
          error={e('productId')}
          value={item.productId}
          emptyLabel={t('treatments.session.chooseProduct')}
          choices={products.map((p) => ({ value: String(p.id), label: p.name }))}
          onChange={(productId) => {
            const chosen = products.find((p) => String(p.id) === productId);
            // A vial product uses one vial unless the practitioner says otherwise.
            const quantity = item.quantity || (chosen?.unit === 'vial' ? '1' : '');
            onChange({ ...item, productId, lotId: '', override: '', quantity });
          }}
        />
        <ChoiceField
          label={t('treatments.session.itemLot', { n })}
          error={e('lotId')}
          value={item.lotId}
          emptyLabel={productLots.length ? t('treatments.session.chooseLot') : t('treatments.session.noLots')}
          choices={productLots.map((l) => ({ value: String(l.id), label: lotLabel(t, l, draft.date) }))}
          onChange={(lotId) => onChange({ ...item, lotId })}
        />
        {amount('volume', t('treatments.session.itemVolume', { n }), 'volumeMl')}
        {product?.unit === 'vial' &&
          amount('quantity', t('treatments.session.itemQuantity', { n }), 'quantityUsed')}
        <TextField
          label={t('treatments.session.itemDilution', { n })}
          error={e('dilution')}
          hint={t('treatments.session.dilutionHint')}
          value={item.dilution}
          onChange={(dilution) => onChange({ ...item, dilution })}
        />
      </div>
      {expired && (
        <div className="alert alert--warning">
          <Field
            label={t('treatments.session.overrideLabel', {
              n,
              lot: lot?.lotNumber,
              expiry: formatDate(lot?.expiryDate ?? ''),
            })}
            wide
            error={e('expiredOverrideReason')}
            hint={t('treatments.session.overrideHint')}
          >
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={item.override}
                onChange={(x) => onChange({ ...item, override: x.target.value })}
              />
            )}
          </Field>
        </div>
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('treatments.session.removeItem', { n })}
      </button>
    </fieldset>
  );
}
