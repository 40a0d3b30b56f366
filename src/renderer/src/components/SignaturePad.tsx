import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePadLib from 'signature_pad';

export interface SignatureValue {
  method: 'drawn' | 'typed';
  imagePng: string;
  /** When this signer signed: each signature carries its own time. */
  signedAt: string;
}

interface SignaturePadProps {
  /** Visible label, e.g. "Patient's signature". */
  label: string;
  /** The signer's name: used for the typed signature and the accessible description. */
  signerName: string;
  error?: string;
  onChange: (value: SignatureValue | null) => void;
}

const WIDTH = 520;
const HEIGHT = 170;

/**
 * Signature capture with signature_pad (mouse, touch or pen). Keyboard users can type their name
 * instead, which is drawn as a signature image and recorded as `typed`.
 */
export function SignaturePad({ label, signerName, error, onChange }: SignaturePadProps) {
  const { t } = useTranslation();
  const id = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const [mode, setMode] = useState<'draw' | 'type'>('draw');
  const [typed, setTyped] = useState('');
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || mode !== 'draw') return;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    canvas.width = WIDTH * ratio;
    canvas.height = HEIGHT * ratio;
    canvas.getContext('2d')?.scale(ratio, ratio);
    const pad = new SignaturePadLib(canvas, { penColor: '#10243e', backgroundColor: 'rgb(255,255,255)' });
    pad.clear();
    pad.addEventListener('endStroke', () => {
      onChangeRef.current(
        pad.isEmpty()
          ? null
          : { method: 'drawn', imagePng: pad.toDataURL('image/png'), signedAt: new Date().toISOString() },
      );
    });
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, [mode]);

  const renderTyped = (text: string) => {
    setTyped(text);
    const trimmed = text.trim();
    if (!trimmed) {
      onChangeRef.current(null);
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.width = WIDTH * 2;
    canvas.height = HEIGHT * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#10243e';
    ctx.font = 'italic 72px "URW Chancery L", "Z003", "Segoe Script", "Brush Script MT", cursive, serif';
    ctx.textBaseline = 'middle';
    ctx.fillText(trimmed, 40, canvas.height / 2, canvas.width - 80);
    onChangeRef.current({
      method: 'typed',
      imagePng: canvas.toDataURL('image/png'),
      signedAt: new Date().toISOString(),
    });
  };

  const clear = () => {
    padRef.current?.clear();
    setTyped('');
    onChangeRef.current(null);
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <fieldset className={`signature${error ? ' signature--invalid' : ''}`}>
      <legend>{label}</legend>
      <p className="field__hint" id={hintId}>
        {mode === 'draw' ? t('signature.drawHint', { name: signerName }) : t('signature.typeHint')}
      </p>
      {mode === 'draw' ? (
        <canvas
          ref={canvasRef}
          className="signature__canvas"
          style={{ width: WIDTH, height: HEIGHT }}
          role="img"
          aria-label={t('signature.canvasLabel', { label })}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        />
      ) : (
        <div className="field">
          <label htmlFor={`${id}-typed`}>{t('signature.typedLabel')}</label>
          <input
            id={`${id}-typed`}
            value={typed}
            onChange={(e) => renderTyped(e.target.value)}
            aria-invalid={Boolean(error)}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            autoComplete="off"
          />
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {t(error, { defaultValue: error })}
        </p>
      )}
      <div className="signature__actions">
        <button type="button" className="button button--small" onClick={clear}>
          {t('signature.clear', { label })}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            clear();
            setMode(mode === 'draw' ? 'type' : 'draw');
          }}
        >
          {mode === 'draw' ? t('signature.switchToType') : t('signature.switchToDraw')}
        </button>
      </div>
    </fieldset>
  );
}
