import type { Verdict } from '../../profile/types';
import { ICON_PATHS } from '../compact-badge';

const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** The badge's icon for a verdict (same shapes as on the page: meaning never by colour alone). */
export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const paths = ICON_PATHS[verdict] ?? ICON_PATHS.other!;
  return (
    <svg class="rxl-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.8" {...STROKE} />
      {paths.map((d) => (
        <path key={d} d={d} {...STROKE} />
      ))}
      {!(verdict in ICON_PATHS) && <circle cx="8" cy="4.9" r="1" fill="currentColor" />}
    </svg>
  );
}
