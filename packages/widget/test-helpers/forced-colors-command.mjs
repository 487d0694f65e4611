/**
 * A test runner command that switches forced colours (Windows High Contrast and its kin) on
 * or off in Chromium, which the runner's own media command cannot do: Puppeteer's media
 * emulation refuses the `forced-colors` feature, so it is set through the DevTools protocol.
 *
 * From a test: `executeServerCommand('emulate-forced-colors', { active: true })` resolves to
 * `true` when the page now renders with forced colours, `false` where the browser cannot be
 * told to (Firefox over WebDriver BiDi, WebKit over classic WebDriver).
 */

/** @type {WeakMap<import('puppeteer-core').Page, import('puppeteer-core').CDPSession>} */
const sessions = new WeakMap();

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const forcedColorsCommand = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    // The chrome launcher hosts Firefox too; only Chromium speaks the DevTools protocol.
    const browser = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (
      session.browser
    );
    const page = browser.getPage(session.id);
    if (!(await page.browser().version()).includes('Chrom')) return false;
    const active = /** @type {{ active?: boolean } | undefined} */ (payload)?.active === true;
    // Emulation lasts as long as the session that asked for it: one is kept per page.
    let devTools = sessions.get(page);
    if (!devTools) {
      devTools = await page.createCDPSession();
      sessions.set(page, devTools);
    }
    await devTools.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
    });
    return true;
  },
};
