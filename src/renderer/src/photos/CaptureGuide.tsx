/**
 * What is drawn over the live camera image: the outline the patient is framed in for the view's area,
 * and optionally a rule-of-thirds grid with a midline. Purely visual (aria-hidden).
 */
export function CaptureGuide({ view, grid }: { view: string; grid: boolean }) {
  const area = view.split('-')[0];
  const profile = view.includes('profile') || view.includes('45');
  return (
    <svg className="capture__guide" viewBox="0 0 100 75" preserveAspectRatio="none" aria-hidden="true">
      {area === 'face' && <ellipse cx={profile ? 52 : 50} cy="36" rx={profile ? 15 : 17} ry="24" />}
      {area === 'under' && (
        <>
          <ellipse cx="33" cy="37" rx="14" ry="7" />
          <ellipse cx="67" cy="37" rx="14" ry="7" />
        </>
      )}
      {area === 'scalp' && <circle cx="50" cy="37" r="26" />}
      {area === 'body' && <rect x="30" y="6" width="40" height="63" rx="10" />}
      {grid && (
        <g className="capture__grid">
          <line x1="33.3" y1="0" x2="33.3" y2="75" />
          <line x1="66.6" y1="0" x2="66.6" y2="75" />
          <line x1="0" y1="25" x2="100" y2="25" />
          <line x1="0" y1="50" x2="100" y2="50" />
          <line className="capture__midline" x1="50" y1="0" x2="50" y2="75" />
        </g>
      )}
    </svg>
  );
}
