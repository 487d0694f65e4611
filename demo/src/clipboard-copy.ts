/**
 * Copies text with the Clipboard API and says so in a visible status line that screen readers
 * announce (`role="status"`). When the browser refuses, the status says how to copy by hand.
 */

/** Copies `text`; `what` names it in the status, e.g. "HTML code". */
export async function copyWithStatus(
  text: string,
  what: string,
  status: HTMLElement,
): Promise<void> {
  // Emptying first makes a second "copied" of the same thing be announced again.
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied: ${what}.`;
    status.dataset.outcome = 'copied';
  } catch {
    status.textContent = `Could not copy ${what}: select the text and copy it yourself.`;
    status.dataset.outcome = 'failed';
  }
}
