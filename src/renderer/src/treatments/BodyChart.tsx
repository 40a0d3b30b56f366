import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, type Chart, ZONES } from '../../../shared/treatments/zones';

/** Where the charts mirror: the face and scalp, the body's front and its back. */
const FACE_MIDLINE = 100;
const FRONT_MIDLINE = 70;
const BACK_MIDLINE = 212;

/** A paired zone (both cheeks): the shape on the chart's left and its mirror image across the midline. */
const mirrored = (shape: ReactNode, midline: number) => (
  <>
    {shape}
    <g transform={`matrix(-1 0 0 1 ${2 * midline} 0)`}>{shape}</g>
  </>
);

/** The shapes of each zone on its chart. */
const SHAPES: Record<string, ReactNode> = {
  'face.forehead': <ellipse cx="100" cy="58" rx="48" ry="20" />,
  'face.under-eye': mirrored(<ellipse cx="74" cy="104" rx="15" ry="6" />, FACE_MIDLINE),
  'face.cheeks': mirrored(<ellipse cx="64" cy="134" rx="16" ry="20" />, FACE_MIDLINE),
  'face.nasolabial': mirrored(
    <ellipse cx="84" cy="150" rx="5" ry="15" transform="rotate(20 84 150)" />,
    FACE_MIDLINE,
  ),
  'face.perioral': <ellipse cx="100" cy="176" rx="20" ry="9" />,
  'face.jawline': mirrored(
    <ellipse cx="62" cy="184" rx="7" ry="22" transform="rotate(-35 62 184)" />,
    FACE_MIDLINE,
  ),
  'face.chin': <ellipse cx="100" cy="203" rx="15" ry="9" />,
  neck: <rect x="76" y="228" width="48" height="30" rx="6" />,
  decollete: <path d="M40 272 Q100 300 160 272 L170 300 L30 300 Z" />,
  'scalp.frontal': <path d="M60 62 Q100 28 140 62 L128 84 Q100 66 72 84 Z" />,
  'scalp.temporal': mirrored(<path d="M52 76 L70 92 L70 150 L48 158 Q38 116 52 76 Z" />, FACE_MIDLINE),
  'scalp.vertex': <ellipse cx="100" cy="120" rx="26" ry="28" />,
  'scalp.occipital': <path d="M60 170 L140 170 Q128 206 100 210 Q72 206 60 170 Z" />,
  hands: mirrored(<ellipse cx="22" cy="178" rx="8" ry="12" />, FRONT_MIDLINE),
  'body.arms': mirrored(<rect x="14" y="72" width="14" height="90" rx="7" />, FRONT_MIDLINE),
  'body.abdomen': <rect x="48" y="110" width="44" height="42" rx="8" />,
  'body.flanks': mirrored(<rect x="34" y="112" width="12" height="38" rx="5" />, FRONT_MIDLINE),
  'body.thighs': mirrored(<rect x="40" y="172" width="26" height="58" rx="10" />, FRONT_MIDLINE),
  'body.knees': mirrored(<ellipse cx="53" cy="242" rx="11" ry="9" />, FRONT_MIDLINE),
  'body.calves': mirrored(<rect x="43" y="254" width="20" height="46" rx="8" />, FRONT_MIDLINE),
  'body.back': <rect x="188" y="76" width="48" height="72" rx="8" />,
  'body.buttocks': mirrored(<ellipse cx="201" cy="166" rx="13" ry="13" />, BACK_MIDLINE),
};

/** The outlines drawn under the zones. */
const OUTLINES: Record<Chart, ReactNode> = {
  face: (
    <>
      <path d="M100 22 C150 22 170 70 166 130 C162 190 130 222 100 222 C70 222 38 190 34 130 C30 70 50 22 100 22 Z" />
      <path d="M76 222 L76 258 M124 222 L124 258 M30 300 Q40 262 76 258 M170 300 Q160 262 124 258" />
      <path d="M94 118 L90 150 Q100 156 110 150 L106 118" />
    </>
  ),
  scalp: (
    <>
      <ellipse cx="100" cy="120" rx="62" ry="92" />
      <path d="M92 26 L100 12 L108 26" />
      <ellipse cx="36" cy="120" rx="6" ry="16" />
      <ellipse cx="164" cy="120" rx="6" ry="16" />
    </>
  ),
  body: (
    <>
      <circle cx="70" cy="36" r="20" />
      <path d="M50 64 L90 64 L108 160 L100 300 L40 300 L32 160 Z" />
      <circle cx="212" cy="36" r="20" />
      <path d="M192 64 L232 64 L246 160 L240 300 L184 300 L178 160 Z" />
    </>
  ),
};

const VIEWBOX: Record<Chart, string> = { face: '0 0 200 304', scalp: '0 0 200 224', body: '0 0 260 304' };

interface BodyChartProps {
  selected: readonly string[];
  onToggle: (zoneId: string) => void;
  disabled?: boolean;
}

/**
 * Face, scalp and body charts: click a zone to add or remove it. The list beside the chart holds the
 * same zones as checkboxes, for the keyboard and screen readers; the drawing is for the mouse.
 */
export function BodyChart({ selected, onToggle, disabled }: BodyChartProps) {
  const { t } = useTranslation();
  const [chart, setChart] = useState<Chart>(() => {
    const first = ZONES.find((z) => selected.includes(z.id));
    return first?.chart ?? 'face';
  });
  const zones = ZONES.filter((z) => z.chart === chart);
  return (
    <div className="body-chart">
      <div className="body-chart__tabs">
        {CHARTS.map((c) => (
          <button
            key={c}
            type="button"
            className={`button button--small${c === chart ? ' button--primary' : ''}`}
            aria-pressed={c === chart}
            onClick={() => setChart(c)}
          >
            {t(`treatments.chart.${c}`)}
            {ZONES.some((z) => z.chart === c && selected.includes(z.id)) && ' •'}
          </button>
        ))}
      </div>
      <div className="body-chart__body">
        <svg
          className={`body-chart__svg body-chart__svg--${chart}`}
          viewBox={VIEWBOX[chart]}
          aria-hidden="true"
          data-testid={`chart-${chart}`}
        >
          <g className="body-chart__outline">{OUTLINES[chart]}</g>
          {zones.map((zone) => (
            // biome-ignore lint/a11y/noStaticElementInteractions: the mouse target; the checkbox list is the accessible control.
            <g
              key={zone.id}
              data-testid={`zone-${zone.id}`}
              className={`body-chart__zone${selected.includes(zone.id) ? ' body-chart__zone--on' : ''}`}
              onClick={() => !disabled && onToggle(zone.id)}
            >
              <title>{zone.label}</title>
              {SHAPES[zone.id]}
            </g>
          ))}
        </svg>
        <fieldset className="body-chart__list">
          <legend>{t(`treatments.chart.${chart}Zones`)}</legend>
          {zones.map((zone) => (
            <label key={zone.id} className="checkbox">
              <input
                type="checkbox"
                checked={selected.includes(zone.id)}
                disabled={disabled}
                onChange={() => onToggle(zone.id)}
              />{' '}
              {zone.label}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
