/**
 * Tabs in the WAI-ARIA pattern over existing markup (`role="tablist"`, `tab`, `tabpanel`):
 * one tab in the Tab order, arrow keys, Home and End move between tabs and show them.
 */

/** Makes the tabs of `tablist` work; each tab's `aria-controls` names its panel. */
export function setUpTabs(tablist: HTMLElement): void {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panelOf = (tab: HTMLElement) => {
    const id = tab.getAttribute('aria-controls');
    const panel = id ? tablist.ownerDocument.getElementById(id) : null;
    if (!panel) throw new Error(`Tab ${tab.id} controls no panel`);
    return panel;
  };
  const select = (chosen: HTMLButtonElement, focus: boolean) => {
    for (const tab of tabs) {
      const selected = tab === chosen;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panelOf(tab).hidden = !selected;
    }
    if (focus) chosen.focus();
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const index = tabs.indexOf(tab);
      const next: Record<string, number> = {
        ArrowRight: (index + 1) % tabs.length,
        ArrowLeft: (index - 1 + tabs.length) % tabs.length,
        Home: 0,
        End: tabs.length - 1,
      };
      const target = tabs[next[event.key] ?? -1];
      if (!target) return;
      event.preventDefault();
      select(target, true);
    });
  }
  const initial = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true') ?? tabs[0];
  if (initial) select(initial, false);
}
