/**
 * A QR code drawn as one SVG path from the module matrix: no images, no inline styles, no
 * markup from strings, so it renders under the strictest CSP and prints sharply.
 */
import { svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** Quiet zone in modules around the code, as scanners expect. */
const BORDER = 2;

export function qrCodePath(value: string): { path: string; size: number } {
  const { data, size } = encode(value, { ecc: 'M', border: 0 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x + BORDER} ${y + BORDER}h1v1h-1z`;
    });
  });
  return { path, size: size + BORDER * 2 };
}

/** The code as an image with a text alternative. */
export function renderQrCode(value: string, label: string): TemplateResult {
  const { path, size } = qrCodePath(value);
  return svg`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    viewBox="0 0 ${size} ${size}"
    shape-rendering="crispEdges"
    xmlns="http://www.w3.org/2000/svg"
  >
    <rect width=${size} height=${size} fill="#ffffff"></rect>
    <path d=${path} fill="#000000"></path>
  </svg>`;
}
