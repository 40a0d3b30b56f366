import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoSummary } from '../../../shared/photos/schema';
import { clinic, unwrap } from '../api/clinic';
import { RadioGroup } from '../components/form/RadioGroup';
import { RangeField } from '../components/form/RangeField';
import { Modal } from '../components/Modal';
import { downloadBlob, pdfBlobUrl } from '../documents/pdf-blob';
import { usePhotoLabel } from './PatientPhotos';

const PAN_STEP = 40;
const ZOOM = { min: 1, max: 4, step: 0.25 };
const clampZoom = (z: number) => Math.min(ZOOM.max, Math.max(ZOOM.min, z));

/**
 * Two photos of one patient, older first: side by side or as a wipe (the newer one revealed from the
 * right by a slider), both at the same zoom and pan. Keyboard: arrows pan, + and - zoom, 0 resets.
 */
export function PhotoCompare({ photos, onClose }: { photos: PhotoSummary[]; onClose: () => void }) {
  const { t } = useTranslation();
  const label = usePhotoLabel();
  const [a, b] = photos;
  const [mode, setMode] = useState<'side' | 'wipe'>('side');
  const [zoom, setZoom] = useState(1);
  const [pan, setPan] = useState({ x: 0, y: 0 });
  const [wipe, setWipe] = useState(50);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const [pdfName, setPdfName] = useState('');
  const [pdfBusy, setPdfBusy] = useState(false);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const images = useQuery({
    queryKey: ['photos', 'compare', a?.id, b?.id],
    queryFn: () => unwrap(clinic.photos.compare({ firstId: a?.id ?? 0, secondId: b?.id ?? 0 })),
    enabled: Boolean(a && b),
    gcTime: 0,
  });
  useEffect(() => () => (pdfUrl ? URL.revokeObjectURL(pdfUrl) : undefined), [pdfUrl]);
  if (!a || !b) return null;
  const [older, newer] = a.takenAt <= b.takenAt ? [a, b] : [b, a];

  const transform = { transform: `translate(${pan.x}px, ${pan.y}px) scale(${zoom})` };
  const onKey = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[event.key];
    if (move) setPan((p) => ({ x: p.x + move[0], y: p.y + move[1] }));
    else if (event.key === '+' || event.key === '=') setZoom((z) => clampZoom(z + ZOOM.step));
    else if (event.key === '-') setZoom((z) => clampZoom(z - ZOOM.step));
    else if (event.key === '0') {
      setZoom(1);
      setPan({ x: 0, y: 0 });
    } else return;
    event.preventDefault();
  };
  const onPointerDown = (event: PointerEvent) => {
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const from = drag.current;
    if (!from) return;
    setPan((p) => ({ x: p.x + event.clientX - from.x, y: p.y + event.clientY - from.y }));
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const pointer = { onPointerDown, onPointerMove, onPointerUp: () => (drag.current = null) };

  async function makePdf() {
    setPdfBusy(true);
    try {
      const pdf = await unwrap(clinic.photos.comparisonPdf({ firstId: older.id, secondId: newer.id }));
      setPdfUrl(pdfBlobUrl(pdf.data));
      setPdfName(pdf.fileName);
    } finally {
      setPdfBusy(false);
    }
  }

  const first = images.data?.first;
  const second = images.data?.second;
  const src = (image: { mime: string; data: string } | undefined) =>
    image ? `data:${image.mime};base64,${image.data}` : undefined;

  return (
    <Modal open onCancel={onClose} className="dialog photo-compare" aria-labelledby="photo-compare-title">
      <h2 id="photo-compare-title">{t('photos.compareTitle')}</h2>
      <RadioGroup
        legend={t('photos.compareMode')}
        name="compare-mode"
        options={['side', 'wipe'] as const}
        label={(m) => t(m === 'side' ? 'photos.sideBySide' : 'photos.wipe')}
        value={mode}
        onChange={setMode}
        className="photo-compare__mode"
        optionClassName="checkbox"
      />
      <div className="photo-compare__controls">
        <RangeField
          label={t('photos.zoom')}
          min={ZOOM.min}
          max={ZOOM.max}
          step={ZOOM.step}
          value={zoom}
          onChange={setZoom}
        />
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setZoom(1);
            setPan({ x: 0, y: 0 });
          }}
        >
          {t('photos.resetView')}
        </button>
        {mode === 'wipe' && (
          <RangeField label={t('photos.wipePosition')} min={0} max={100} value={wipe} onChange={setWipe} />
        )}
      </div>
      {/* The viewport pans and zooms from the keyboard, as a drawing surface does. */}
      <div
        role="application"
        className={`photo-compare__stage photo-compare__stage--${mode}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the viewport pans and zooms from the keyboard.
        tabIndex={0}
        aria-label={t('photos.stageLabel')}
        onKeyDown={onKey}
        {...pointer}
      >
        {mode === 'side' ? (
          [
            [older, first],
            [newer, second],
          ].map(([photo, image]) => (
            <figure key={(photo as PhotoSummary).id} className="photo-compare__pane">
              <div className="photo-compare__frame">
                {image && (
                  <img
                    src={src(image as { mime: string; data: string })}
                    alt={label(photo as PhotoSummary)}
                    style={transform}
                    draggable={false}
                  />
                )}
              </div>
              <figcaption>{label(photo as PhotoSummary)}</figcaption>
            </figure>
          ))
        ) : (
          <figure className="photo-compare__pane photo-compare__pane--wipe">
            <div className="photo-compare__frame">
              {first && <img src={src(first)} alt={label(older)} style={transform} draggable={false} />}
              {/* Clipped in the frame's coordinates, so the cut stays under the divider at any zoom. */}
              <div className="photo-compare__reveal" style={{ clipPath: `inset(0 0 0 ${wipe}%)` }}>
                {second && <img src={src(second)} alt={label(newer)} style={transform} draggable={false} />}
              </div>
              <span className="photo-compare__divider" style={{ left: `${wipe}%` }} aria-hidden="true" />
            </div>
            <figcaption>
              {label(older)} | {label(newer)}
            </figcaption>
          </figure>
        )}
      </div>
      <p className="muted small">{t('photos.keyboardHint')}</p>
      {pdfUrl && <iframe className="photo-compare__pdf" title={t('photos.pdfPreview')} src={pdfUrl} />}
      <div className="dialog__actions">
        <button type="button" className="button" disabled={pdfBusy} onClick={() => void makePdf()}>
          {t('photos.makePdf')}
        </button>
        {pdfUrl && (
          <button type="button" className="button" onClick={() => downloadBlob(pdfUrl, pdfName)}>
            {t('photos.downloadPdf')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('photos.close')}
        </button>
      </div>
    </Modal>
  );
}
