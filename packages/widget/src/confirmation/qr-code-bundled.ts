/**
 * The QR encoder as part of the same file, for the self-contained CDN build: a static import
 * lets the bundler hoist it with the rest instead of wrapping it, and lit with it.
 */
import * as qrCode from './qr-code.js';

export const importQrCode = () => Promise.resolve(qrCode);
