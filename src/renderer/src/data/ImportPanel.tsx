import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ColumnMapping,
  type CsvPreview,
  IMPORT_TARGETS,
  type ImportReport,
  type ImportTarget,
  MAX_CSV_CHARS,
  MAX_FHIR_CHARS,
} from '../../../shared/imports/schema';
import { clinic, unwrap } from '../api/clinic';
import { apiError } from '../api/failure';
import { Card } from '../components/Card';
import { Field } from '../components/Field';
import { FormAlert } from '../components/FormAlert';
import { MutationButton } from '../components/form/BusyButton';
import { Checkbox } from '../components/form/Checkbox';
import { FileField } from '../components/form/FileField';
import { RadioGroup } from '../components/form/RadioGroup';
import { Table } from '../components/Table';
import { counted } from '../i18n/counts';
import { readTextFile } from './FolderField';

/** The message key of a failed import call: the first field's problem, else the call's. */
const failureKey = (error: unknown) => {
  const failure = apiError(error);
  if (!failure) return 'errors.internal';
  return Object.values(failure.fields ?? {})[0] ?? failure.message;
};

/** What a failed import call's message names (the line of an invented sample patient), if anything. */
const failureValues = (error: unknown): Record<string, string | number> | undefined => {
  const details = apiError(error)?.details;
  if (typeof details !== 'object' || details === null) return undefined;
  const { line, name } = details as { line?: unknown; name?: unknown };
  return typeof line === 'number' && typeof name === 'string' ? { line, name } : undefined;
};

const targetLabel = (t: (k: string) => string, target: ImportTarget) =>
  target === 'ignore' ? t('data.ignore') : t(`form.${target}`);

/** CSV import: read the file here, map its columns, preview row by row, then import in one go. */
export function CsvImportPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [mode, setMode] = useState<'valid' | 'all'>('valid');
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const preview = useMutation({
    mutationFn: (input: { csv: string; mapping?: ColumnMapping }) => unwrap(clinic.imports.csvPreview(input)),
    onSuccess: (p: CsvPreview) => setMapping(p.mapping),
  });
  const commit = useMutation({
    mutationFn: () =>
      unwrap(clinic.imports.csvCommit({ csv: csv ?? '', mapping: mapping ?? [], mode, includeDuplicates })),
    onSuccess: async (r) => {
      setReport(r);
      preview.reset();
      setCsv(null);
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
      onNotice(t('data.reportImported', { count: r.imported.length }));
    },
  });

  const choose = async (file: File | undefined) => {
    setReport(null);
    setFileError(undefined);
    setMapping(undefined);
    preview.reset();
    if (!file) return;
    const text = await readTextFile(file, MAX_CSV_CHARS);
    if (text === null) {
      setFileError('data.fileTooLarge');
      return;
    }
    setCsv(text);
    preview.mutate({ csv: text });
  };

  const remap = (column: number, target: ImportTarget) => {
    const next = (mapping ?? []).map((m) => (m.column === column ? { column, target } : m));
    setMapping(next);
    if (csv) preview.mutate({ csv, mapping: next });
  };

  const p = preview.data;
  return (
    <Card id="csv-import-title" title={t('data.importTitle')} intro={t('data.importBody')}>
      <FileField
        label={t('data.importFile')}
        hint={`${t('data.importFileHint')} ${t('data.openLimits')}`}
        error={fileError}
        accept=".csv,text/csv"
        onChoose={(file) => void choose(file)}
      />
      <FormAlert
        message={preview.isError ? failureKey(preview.error) : null}
        values={failureValues(preview.error)}
      />
      {p && mapping && (
        <>
          <fieldset className="import-mapping">
            <legend>{t('data.mapping')}</legend>
            {p.headers.map((header, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a column is identified by its position in the file
              <Field key={`column-${column}`} label={t('data.mapTo', { column: header })}>
                {(a) => (
                  <select
                    {...a}
                    value={mapping.find((m) => m.column === column)?.target ?? 'ignore'}
                    onChange={(e) => remap(column, e.target.value as ImportTarget)}
                  >
                    {IMPORT_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {targetLabel(t, target)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </fieldset>
          <p role="status">
            {t('data.previewCounts', {
              valid: counted(t, 'readyRows', p.valid),
              invalid: counted(t, 'problemRows', p.invalid),
              duplicates: counted(t, 'duplicateRows', p.duplicates),
            })}
          </p>
          <div className="import-preview">
            <Table
              headings={[
                t('data.row'),
                t('form.lastName'),
                t('form.firstName'),
                t('form.dateOfBirth'),
                t('data.columns.status'),
              ]}
            >
              {p.rows.slice(0, 200).map((row) => (
                <tr key={row.line} className={`import-row import-row--${row.status}`}>
                  <td>{row.line}</td>
                  <td>{row.values.lastName}</td>
                  <td>{row.values.firstName}</td>
                  <td>{row.values.dateOfBirth}</td>
                  <td>
                    <strong>{t(`data.rowStatus.${row.status}`)}</strong>
                    {Object.entries(row.errors).map(([field, message]) => (
                      <span key={field} className="import-row__error">
                        {' '}
                        {field === '_' ? '' : `${t(`form.${field}`, { defaultValue: field })}: `}
                        {t(message)}
                      </span>
                    ))}
                    {row.duplicateOf && <span> {t('data.duplicateOf', { of: row.duplicateOf })}</span>}
                  </td>
                </tr>
              ))}
            </Table>
          </div>
          <RadioGroup
            legend={t('data.mode')}
            name="import-mode"
            options={['valid', 'all'] as const}
            label={(m) => t(m === 'valid' ? 'data.modeValid' : 'data.modeAll')}
            value={mode}
            onChange={setMode}
            className="import-mode"
          >
            <Checkbox
              className=""
              label={t('data.includeDuplicates')}
              checked={includeDuplicates}
              onChange={setIncludeDuplicates}
            />
          </RadioGroup>
          <MutationButton mutation={commit} label={t('data.importNow')} busyLabel={t('data.importing')} />
          <FormAlert
            message={commit.isError ? failureKey(commit.error) : null}
            values={failureValues(commit.error)}
          />
        </>
      )}
      {report && <Report report={report} />}
    </Card>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('data.reportTitle')}</h3>
      <p>
        {t('data.reportImported', { count: report.imported.length })}{' '}
        {report.imported.map((i) => i.number).join(', ')}
      </p>
      {report.skipped.length > 0 && (
        <ul>
          {report.skipped.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the report is a fixed list, never reordered
            <li key={i}>
              {s.line === null
                ? t('data.reportSkippedNoLine', { reason: t(s.reason) })
                : t('data.reportSkipped', { line: s.line, reason: t(s.reason) })}
              {Object.keys(s.fields).length > 0 &&
                ` (${Object.entries(s.fields)
                  .map(([field, message]) => `${t(`form.${field}`, { defaultValue: field })}: ${t(message)}`)
                  .join('; ')})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a FHIR import (a bundle or a bulk export) brought, as the notice says it. */
const fhirImportedText = (t: (key: string, values?: Record<string, unknown>) => string, r: ImportReport) =>
  t('data.fhirImported', {
    patients: r.counts.patients ?? 0,
    intakes: r.counts.intakes ?? 0,
    sessions: r.counts.sessions ?? 0,
    adverseEvents: r.counts.adverseEvents ?? 0,
    photos: r.counts.photos ?? 0,
  });

/** A FHIR import (a bundle or a bulk export): the patient lists refresh and a notice says what came. */
export function useFhirImport<Input>(
  importFhir: (input: Input) => Promise<ImportReport>,
  onNotice: (message: string) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importFhir,
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['patients'] });
      onNotice(fhirImportedText(t, r));
    },
  });
}

/** Re-import of a Mesodesk FHIR bundle (patients and their intakes). */
export function FhirImportPanel({ onNotice }: { onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | undefined>();
  const run = useFhirImport(
    ({ json, fileName }: { json: string; fileName: string }) =>
      unwrap(clinic.imports.fhir({ json, fileName: fileName.slice(0, 200) })),
    onNotice,
  );
  const choose = async (file: File | undefined) => {
    setFileError(undefined);
    run.reset();
    if (!file) return;
    const text = await readTextFile(file, MAX_FHIR_CHARS);
    if (text === null) setFileError('data.fileTooLarge');
    else run.mutate({ json: text, fileName: file.name });
  };
  return (
    <Card id="fhir-import-title" title={t('data.fhirTitle')} intro={t('data.fhirBody')}>
      <FileField
        label={t('data.fhirFile')}
        hint={t('data.openLimits')}
        error={fileError}
        accept=".json,application/json"
        onChoose={(file) => void choose(file)}
      />
      <FormAlert message={run.isError ? failureKey(run.error) : null} />
      {run.data && <Report report={run.data} />}
    </Card>
  );
}
