/**
 * The space the host page gives the widget: a phone, a tablet or the whole stage, and any
 * width in between by dragging its corner. The widget's container queries follow the frame;
 * the width in pixels is shown as it changes.
 */
import { FRAME_WIDTHS, type FrameWidth } from './playground-config.js';

export class PreviewFrame {
  constructor(
    private readonly frame: HTMLElement,
    readout: HTMLElement,
  ) {
    new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.round(entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width);
      readout.textContent = `Page area: ${width} px wide. Drag its bottom corner to try other widths.`;
    }).observe(frame);
  }

  /** Sets the frame to one of the offered widths, undoing any width dragged by hand. */
  setWidth(width: FrameWidth): void {
    // Dragging the corner writes an inline width (through CSSOM, which the CSP allows).
    this.frame.style.removeProperty('width');
    for (const name of Object.keys(FRAME_WIDTHS)) {
      this.frame.classList.toggle(`demo-frame-${name}`, name === width);
    }
  }
}
