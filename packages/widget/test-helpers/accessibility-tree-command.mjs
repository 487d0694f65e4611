/**
 * A test runner command that reads what a screen reader is given: Chromium's own accessibility
 * tree, through the DevTools protocol (`Accessibility.getFullAXTree`), not a computation of
 * the test's. Each control comes with its role, its accessible name and description as the
 * browser computed them, and the `part`, `id` and `class` of the element behind it, so that a
 * test can tell a calendar day from a time.
 *
 * From a test: `executeServerCommand('accessibility-tree')` resolves to the list of controls
 * on the page, or `false` where the browser has no DevTools protocol (Firefox over WebDriver
 * BiDi, WebKit over classic WebDriver): the runner takes `null` for an unknown command.
 */

/** The roles a person acts on. */
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'combobox',
  'checkbox',
  'radio',
  'switch',
  'spinbutton',
  'menuitem',
  'option',
  'tab',
]);

/**
 * @typedef {object} SpokenControl
 * @property {string} role
 * @property {string} name
 * @property {string} description
 * @property {string} part
 * @property {string} id
 * @property {string} className
 * @property {boolean} disabled
 */

/** @type {WeakMap<import('puppeteer-core').Page, import('puppeteer-core').CDPSession>} */
const sessions = new WeakMap();

/** @param {{ value?: unknown } | undefined} value */
function text(value) {
  return typeof value?.value === 'string' ? value.value.trim() : '';
}

/** @type {import('@web/test-runner').TestRunnerPlugin} */
export const accessibilityTreeCommand = {
  name: 'accessibility-tree',
  async executeCommand({ command, session }) {
    if (command !== 'accessibility-tree') return undefined;
    if (session.browser.type !== 'puppeteer') return false;
    const browser = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (
      session.browser
    );
    const page = browser.getPage(session.id);
    if (!(await page.browser().version()).includes('Chrom')) return false;
    let devTools = sessions.get(page);
    if (!devTools) {
      devTools = await page.createCDPSession();
      sessions.set(page, devTools);
    }
    const { nodes } = await devTools.send('Accessibility.getFullAXTree');
    /** @type {SpokenControl[]} */
    const controls = [];
    for (const node of nodes) {
      const role = text(node.role);
      if (node.ignored || !CONTROL_ROLES.has(role) || node.backendDOMNodeId === undefined) continue;
      const { node: element } = await devTools.send('DOM.describeNode', {
        backendNodeId: node.backendDOMNodeId,
      });
      const attributes = new Map();
      const list = element.attributes ?? [];
      for (let index = 0; index < list.length; index += 2) {
        attributes.set(list[index], list[index + 1]);
      }
      controls.push({
        role,
        name: text(node.name),
        description: text(node.description),
        part: attributes.get('part') ?? '',
        id: attributes.get('id') ?? '',
        className: attributes.get('class') ?? '',
        disabled: (node.properties ?? []).some(
          (property) => property.name === 'disabled' && property.value?.value === true,
        ),
      });
    }
    return controls;
  },
};
