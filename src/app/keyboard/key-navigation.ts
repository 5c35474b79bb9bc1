/**
 * Returns the index of the key that an arrow key moves to from key `from`, or undefined when
 * the arrow leads out of the keys (ArrowUp on the top row). Left and Right stay within the
 * row; Up and Down go to the key in the next row whose centre is nearest, so that moving
 * through rows of different lengths keeps to the same place on screen.
 *
 * `rows` contains each row's key indexes; `centreOf` returns a key's horizontal centre in px.
 */
export function arrowTarget(
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  from: number,
  rows: readonly (readonly number[])[],
  centreOf: (index: number) => number,
): number | undefined {
  const rowIndex = rows.findIndex((row) => row.includes(from));
  const row = rows[rowIndex];
  if (!row) return undefined;
  const column = row.indexOf(from);

  if (key === 'ArrowLeft') return row[Math.max(0, column - 1)];
  if (key === 'ArrowRight') return row[Math.min(row.length - 1, column + 1)];

  const nextRow = rows[rowIndex + (key === 'ArrowDown' ? 1 : -1)];
  if (!nextRow) return key === 'ArrowDown' ? from : undefined;
  const centre = centreOf(from);
  let nearest = nextRow[0] as number;
  for (const candidate of nextRow) {
    if (Math.abs(centreOf(candidate) - centre) < Math.abs(centreOf(nearest) - centre)) nearest = candidate;
  }
  return nearest;
}
