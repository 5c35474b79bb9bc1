import type { BraillePage } from '../../domain/braille/document.ts';
import type { BraillePageSize } from '../../domain/braille/page-size.ts';
import { CELL_PITCH_MM, DOT_DIAMETER_MM, dotPosition, filledCellRuns, LINE_PITCH_MM, raisedDots } from './dot-geometry.ts';

interface BrailleDotPageProps {
  page: BraillePage;
  size: BraillePageSize;
  /** The image's accessible name, such as "Halaman braille 1 dari 3". */
  label: string;
}

const RADIUS_MM = DOT_DIAMETER_MM / 2;

/**
 * Draws one braille page as dots at physical size: the SVG's width and height are the page's cells
 * × 6 mm and lines × 10 mm, and its user unit is the millimetre. On paper (braille.css) the
 * attributes set the printed size, so the page prints at 100% without any braille font. Raised
 * dots are black circles, which swell paper raises. On screen the flat positions of every
 * written cell show faintly too, so a sighted helper can tell dot 1 from dot 2.
 */
export function BrailleDotPage({ page, size, label }: BrailleDotPageProps) {
  const width = size.cells * CELL_PITCH_MM;
  const height = size.lines * LINE_PITCH_MM;
  const patternId = `braille-cell-grid-${page.number}`;

  return (
    <svg
      class="braille-dot-page"
      role="img"
      aria-label={label}
      width={`${width}mm`}
      height={`${height}mm`}
      viewBox={`0 0 ${width} ${height}`}
      data-cells={size.cells}
      data-lines={size.lines}
    >
      <defs>
        <pattern id={patternId} patternUnits="userSpaceOnUse" width={CELL_PITCH_MM} height={LINE_PITCH_MM} fill="#b1b4b6">
          {[1, 2, 3, 4, 5, 6].map((dot) => {
            const { x, y } = dotPosition(0, 0, dot);
            return <circle key={dot} cx={x} cy={y} r={RADIUS_MM * 0.6} />;
          })}
        </pattern>
      </defs>
      <rect class="braille-dot-page__paper" width={width} height={height} fill="#ffffff" />
      <g class="braille-dot-page__flat" fill={`url(#${patternId})`}>
        {filledCellRuns(page.lines).map((run) => (
          <rect
            key={`${run.line}:${run.column}`}
            x={run.column * CELL_PITCH_MM}
            y={run.line * LINE_PITCH_MM}
            width={run.length * CELL_PITCH_MM}
            height={LINE_PITCH_MM}
          />
        ))}
      </g>
      <g class="braille-dot-page__raised" fill="#000000">
        {raisedDots(page.lines).map(({ x, y }) => (
          <circle key={`${x}:${y}`} cx={x} cy={y} r={RADIUS_MM} />
        ))}
      </g>
    </svg>
  );
}
