/**
 * Applies theme CSS to the page through a constructed stylesheet. That is CSSOM, which a
 * strict Content-Security-Policy allows (no `<style>` element, no style attribute), and it
 * takes the same text the embed code shows, media queries included.
 */
const sheet = new CSSStyleSheet();
let adopted = false;

/** Replaces the page's theme rules with `css`. */
export function applyThemeCss(css: string): void {
  sheet.replaceSync(css);
  if (!adopted) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted = true;
  }
}
