import { encode } from 'uqr';

/** Quiet zone around the symbol in modules: ISO/IEC 18004 requires 4 on every side. */
const QUIET_ZONE = 4;

/**
 * Renders a QR code as inline SVG: vector edges stay sharp at a thermal printer's 203 dpi, where a
 * scaled bitmap would blur module edges. Error correction level M (15 % of the symbol may be
 * lost) copes with the smudges and creases of a receipt kept in a pocket.
 */
export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  return (
    <svg
      class={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={darkModulesPath(data)} fill="#000000" />
    </svg>
  );
}

/** Returns one path for all dark modules, one rectangle per horizontal run, to keep the DOM small. */
function darkModulesPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
