/**
 * A viewport as narrow as a small phone (320 CSS px, the width WCAG 1.4.10 Reflow asks
 * content to fit without scrolling sideways).
 *
 * The page's own viewport is resized where the browser driver can do it (Chromium and Firefox
 * through Puppeteer). WebKit runs over classic WebDriver, which the test runner cannot resize,
 * so there the widget runs in a frame of that width instead: a frame is a viewport of its own,
 * for layout and media queries alike.
 */
import { setViewport } from '@web/test-runner-commands';
import { OVER_CLASSIC_WEBDRIVER } from './browser-driver.js';

export interface NarrowViewport {
  /** The document to put the widget in. */
  readonly document: Document;
  /** Gives the page its size back (or removes the frame). */
  close(): Promise<void>;
}

export async function narrowViewport(width = 320, height = 640): Promise<NarrowViewport> {
  if (OVER_CLASSIC_WEBDRIVER) return narrowFrame(width, height);
  const previous = { width: window.innerWidth, height: window.innerHeight };
  await setViewport({ width, height });
  return {
    document,
    close: () => setViewport(previous),
  };
}

async function narrowFrame(width: number, height: number): Promise<NarrowViewport> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  const widget = new URL('../src/define.ts', import.meta.url).pathname;
  frame.srcdoc = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><script type="module" src="${widget}"></script></head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const frameWindow = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!frameWindow) throw new Error('The frame has no window');
  await frameWindow.customElements.whenDefined('gov-appointment');
  return {
    document: frameWindow.document,
    close: async () => frame.remove(),
  };
}
