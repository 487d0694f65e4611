/**
 * How the QR encoder is fetched: on its own, when a confirmation shows a check-in code. The
 * self-contained CDN build swaps this file for qr-code-bundled.ts (see vite.config.ts).
 */
export const importQrCode = () => import('./qr-code.js');
