import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Lot,
  type LotFields,
  type LotFieldsInput,
  lotFieldsOf,
  lotFieldsSchema,
  PRODUCT_TYPES,
  PRODUCT_UNITS,
  type Product,
  type ProductFields,
  type ProductFieldsInput,
  productFieldsOf,
  productFieldsSchema,
} from '../../../shared/catalog/schema';
import { todayIso } from '../../../shared/dates';
import { expiredOnArrival } from '../../../shared/treatments/lot-arrival';
import { clinic, updateOrCreate } from '../api/clinic';
import { Card } from '../components/Card';
import { Field } from '../components/Field';
import { Checkbox } from '../components/form/Checkbox';
import { InputField, TextAreaField } from '../components/form/fields';
import { GridForm } from '../components/form/GridForm';
import { useZodForm } from '../components/form/useZodForm';
import { OptionsField } from '../components/OptionsField';
import { QueryState } from '../components/QueryState';
import { Table } from '../components/Table';
import { compareText, formatDate } from '../format';
import { useLots, useProducts } from './queries';
import { useTreatmentSave } from './useTreatmentSave';

const emptyProduct = (): ProductFieldsInput => ({
  name: '',
  manufacturer: '',
  type: 'mixture',
  ingredients: [],
  unit: 'ml',
  notes: '',
});

/** "Vitamin C 200 mg/ml; Biotin" <-> ingredients with their concentration. */
const ingredientsText = (p: ProductFieldsInput) =>
  (p.ingredients ?? []).map((i) => [i.name, i.concentration].filter(Boolean).join(' ')).join('; ');
function parseIngredients(text: string): ProductFieldsInput['ingredients'] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s+(\d[\d.,]*\s*(?:%|mg\/ml|mg|µg|mcg|iu|g\/l)\S*)$/i.exec(part);
      return m ? { name: m[1] ?? part, concentration: m[2] ?? '' } : { name: part, concentration: '' };
    });
}

type ProductFormValues = Omit<ProductFieldsInput, 'ingredients'> & { ingredients: string };

const productFormValues = (fields: ProductFieldsInput): ProductFormValues => ({
  ...fields,
  ingredients: ingredientsText(fields),
});

function ProductForm({ product, onDone }: { product: Product | null; onDone: (p: Product) => void }) {
  const { t } = useTranslation();
  const { form, field, bind } = useZodForm(
    productFieldsSchema,
    productFormValues(product ? productFieldsOf(product) : emptyProduct()),
    {
      toInput: (v: ProductFormValues) => ({ ...v, ingredients: parseIngredients(v.ingredients) }),
    },
  );
  const [archived, setArchived] = useState(product?.archived ?? false);
  const saving = useTreatmentSave(
    form,
    (value: ProductFields) =>
      updateOrCreate(
        product,
        value,
        (edit) => clinic.products.update({ ...edit, archived }),
        (fields) => clinic.products.create({ fields }),
      ),
    onDone,
  );

  return (
    <GridForm
      className="card treatment-form"
      heading={{
        id: 'product-form-title',
        level: 'h2',
        text: product ? t('treatments.products.editTitle') : t('treatments.products.newTitle'),
      }}
      mutation={saving}
      actions={{ submitLabel: product ? t('treatments.products.saveChanges') : t('treatments.products.add') }}
    >
      <InputField label={t('treatments.products.name')} required field={field('name')} />
      <InputField label={t('treatments.products.manufacturer')} field={field('manufacturer')} />
      <OptionsField
        label={t('treatments.products.type')}
        options={PRODUCT_TYPES}
        labelPrefix="treatments.productTypes"
        {...bind('type')}
      />
      <OptionsField
        label={t('treatments.products.unit')}
        options={PRODUCT_UNITS}
        labelPrefix="treatments.units"
        hint={t('treatments.products.unitHint')}
        {...bind('unit')}
      />
      <InputField
        label={t('treatments.products.ingredients')}
        wide
        hint={t('treatments.products.ingredientsHint')}
        field={field('ingredients')}
      />
      <TextAreaField label={t('treatments.products.notes')} wide field={field('notes')} rows={2} />
      {product && (
        <Checkbox label={t('treatments.products.archived')} checked={archived} onChange={setArchived} />
      )}
    </GridForm>
  );
}

const emptyLot = (): LotFormValues => ({
  lotNumber: '',
  expiryDate: '',
  receivedDate: todayIso(),
  quantityReceived: '',
  quarantined: false,
});

type LotFormValues = Omit<LotFieldsInput, 'quantityReceived'> & { quantityReceived: string };

const lotFormValues = (lot: Lot | null): LotFormValues =>
  lot ? { ...lotFieldsOf(lot), quantityReceived: String(lot.quantityReceived) } : emptyLot();

function LotForm({ product, lot, onDone }: { product: Product; lot: Lot | null; onDone: () => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const { form, values, set, error, field } = useZodForm(lotFieldsSchema, lotFormValues(lot), {
    toInput: (v: LotFormValues) => ({
      ...v,
      quantityReceived: v.quantityReceived.trim() === '' ? Number.NaN : Number(v.quantityReceived),
    }),
  });
  const saving = useTreatmentSave(
    form,
    (value: LotFields) =>
      updateOrCreate(lot, value, clinic.lots.update, (fields) =>
        clinic.lots.create({ productId: product.id, fields }),
      ),
    () => {
      form.reset(emptyLot());
      onDone();
    },
  );
  return (
    <GridForm
      className="treatment-form lot-form"
      label={t('treatments.lots.formLabel')}
      mutation={saving}
      actions={{
        submitLabel: lot ? t('treatments.lots.saveChanges') : t('treatments.lots.add'),
        onCancel: lot ? onDone : undefined,
      }}
    >
      <InputField label={t('treatments.lots.lotNumber')} required field={field('lotNumber')} />
      <Field label={t('treatments.lots.expiryDate')} required error={error('expiryDate')}>
        {(a) => (
          <input
            {...a}
            type="date"
            value={values.expiryDate}
            onChange={(e) => {
              const next = expiredOnArrival(values, e.target.value, lot !== null);
              set('expiryDate', e.target.value);
              if (next) set('receivedDate', next.receivedDate);
            }}
          />
        )}
      </Field>
      <InputField
        label={t('treatments.lots.receivedDate')}
        required
        field={field('receivedDate')}
        type="date"
      />
      <Field
        label={t('treatments.lots.quantityReceived', { unit: t(`treatments.units.${product.unit}`) })}
        required
        error={error('quantityReceived') === 'errors.number' ? 'errors.required' : error('quantityReceived')}
      >
        {(a) => (
          <input
            {...a}
            inputMode="decimal"
            value={values.quantityReceived}
            onChange={(e) => set('quantityReceived', e.target.value)}
          />
        )}
      </Field>
      <div className="field field--wide">
        <label className="checkbox">
          <input
            type="checkbox"
            aria-describedby={`${hintId}-quarantine`}
            checked={values.quarantined ?? false}
            onChange={(e) => set('quarantined', e.target.checked)}
          />{' '}
          {t('treatments.lots.quarantine')}
        </label>
        <p className="field__hint" id={`${hintId}-quarantine`}>
          {t('treatments.lots.quarantineHint')}
        </p>
      </div>
      {!lot && values.expiryDate !== '' && values.expiryDate < todayIso() && (
        <p className="alert alert--info field--wide">{t('treatments.lots.expiredOnArrival')}</p>
      )}
    </GridForm>
  );
}

function ProductLots({ product }: { product: Product }) {
  const { t } = useTranslation();
  const lots = useLots(product.id);
  const [editing, setEditing] = useState<Lot | null>(null);
  const today = todayIso();
  return (
    <Card id="lots-title" title={t('treatments.lots.title', { product: product.name })}>
      {lots.data && lots.data.length === 0 && <p className="muted">{t('treatments.lots.none')}</p>}
      {lots.data && lots.data.length > 0 && (
        <Table
          headings={[
            t('treatments.lots.lotNumber'),
            t('treatments.lots.expiryDate'),
            t('treatments.lots.receivedDate'),
            t('treatments.lots.remaining'),
            { hidden: t('treatments.lots.actions') },
          ]}
        >
          {lots.data.map((lot) => (
            <tr key={lot.id}>
              <td className="mono">{lot.lotNumber}</td>
              <td>
                {formatDate(lot.expiryDate)}{' '}
                {lot.expiryDate < today && (
                  <span className="badge badge--danger">{t('treatments.lots.expired')}</span>
                )}
                {lot.quarantined && (
                  <span className="badge badge--muted">{t('treatments.lots.quarantined')}</span>
                )}
              </td>
              <td>{formatDate(lot.receivedDate)}</td>
              <td>
                {t('treatments.lots.remainingOf', {
                  remaining: lot.quantityRemaining,
                  received: lot.quantityReceived,
                  unit: t(`treatments.units.${lot.unit}`),
                })}
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => setEditing(lot)}>
                  {t('treatments.lots.edit', { lot: lot.lotNumber })}
                </button>
              </td>
            </tr>
          ))}
        </Table>
      )}
      <h3>
        {editing ? t('treatments.lots.editTitle', { lot: editing.lotNumber }) : t('treatments.lots.newTitle')}
      </h3>
      <LotForm key={editing?.id ?? 'new'} product={product} lot={editing} onDone={() => setEditing(null)} />
    </Card>
  );
}

/** The product catalogue with each product's lots: what can be injected, from which batch, how much is left. */
export function ProductsScreen({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const products = useProducts(showArchived);
  const [selected, setSelected] = useState<number | 'new' | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  if (!products.data) return <QueryState query={products} />;
  const product =
    typeof selected === 'number' ? (products.data.find((p) => p.id === selected) ?? null) : null;
  return (
    <div className="treatments-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('treatments.products.title')}
      </h1>
      <p className="muted">{t('treatments.products.intro')}</p>
      <div className="products-layout">
        <section className="card" aria-labelledby="catalogue-title">
          <div className="section-header">
            <h2 id="catalogue-title">{t('treatments.products.catalogue')}</h2>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => setSelected('new')}
            >
              {t('treatments.products.new')}
            </button>
          </div>
          <Checkbox
            label={t('treatments.products.showArchived')}
            checked={showArchived}
            onChange={setShowArchived}
          />
          <ul className="product-list">
            {[...products.data]
              .sort((a, b) => compareText(a.name, b.name))
              .map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`product-list__item${p.id === selected ? ' product-list__item--on' : ''}`}
                    aria-current={p.id === selected ? 'true' : undefined}
                    onClick={() => setSelected(p.id)}
                  >
                    <span className="product-list__name" translate="no">
                      {p.name}
                    </span>
                    <span className="muted small">
                      {t(`treatments.productTypes.${p.type}`)} · {t(`treatments.units.${p.unit}`)}
                      {p.archived && ` · ${t('treatments.products.archivedBadge')}`}
                    </span>
                  </button>
                </li>
              ))}
          </ul>
        </section>
        <div className="products-detail">
          {selected === 'new' && (
            <ProductForm
              product={null}
              onDone={(p) => {
                setSelected(p.id);
                onNotice(t('treatments.products.added'));
              }}
            />
          )}
          {product && (
            <>
              <ProductForm
                key={`${product.id}-${product.version}`}
                product={product}
                onDone={() => onNotice(t('treatments.products.saved'))}
              />
              <ProductLots product={product} />
            </>
          )}
          {selected === null && <p className="muted">{t('treatments.products.pick')}</p>}
        </div>
      </div>
    </div>
  );
}
