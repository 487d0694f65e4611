/**
 * Colours as the browser paints them: computed colours read back as RGB, the background an
 * element really sits on (through transparent ancestors and out of the shadow root), and the
 * WCAG contrast ratio between two colours.
 */

/** A colour with its alpha, each channel 0–255 and alpha 0–1. */
export interface Rgba {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
  readonly alpha: number;
}

const CANVAS = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

/**
 * Reads any CSS colour the browser computed (`rgb()`, `rgba()`, `color(srgb …)`, a system
 * colour) by painting it on a one-pixel canvas.
 */
export function parseColour(value: string): Rgba {
  if (!CANVAS) throw new Error('No 2D canvas to read colours with');
  CANVAS.clearRect(0, 0, 1, 1);
  CANVAS.fillStyle = '#000000';
  CANVAS.fillStyle = value;
  CANVAS.fillRect(0, 0, 1, 1);
  const [red = 0, green = 0, blue = 0, alpha = 0] = CANVAS.getImageData(0, 0, 1, 1).data;
  return { red, green, blue, alpha: alpha / 255 };
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (upper: number, lower: number) => upper * top.alpha + lower * (1 - top.alpha);
  return {
    red: mix(top.red, bottom.red),
    green: mix(top.green, bottom.green),
    blue: mix(top.blue, bottom.blue),
    alpha: 1,
  };
}

/** The parent in the flat tree: out of a shadow root to its host. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `element`: the first painted background of its ancestors. */
export function backdropOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const background = parseColour(getComputedStyle(node).backgroundColor);
    if (background.alpha > 0) layers.push(background);
    if (background.alpha === 1) break;
  }
  // The page's canvas is white unless an ancestor painted it.
  let colour: Rgba = { red: 255, green: 255, blue: 255, alpha: 1 };
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return colour;
}

/** `colour` as seen over `backdrop`. */
export function seenOver(colour: Rgba, backdrop: Rgba): Rgba {
  return colour.alpha === 1 ? colour : over(colour, backdrop);
}

function luminance({ red, green, blue }: Rgba): number {
  const linear = (channel: number) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

/** The WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `#rrggbb`, for messages. */
export function hex({ red, green, blue }: Rgba): string {
  return `#${[red, green, blue].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}
