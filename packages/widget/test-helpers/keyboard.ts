/**
 * Real key presses through the test runner, the same in Chromium, Firefox and WebKit.
 *
 * WebKit runs over classic WebDriver, where the test runner can only press keys, not hold one
 * down; a press of several WebDriver key codes holds each until the last is pressed, which is
 * how a Shift chord is sent there.
 */
import { sendKeys } from '@web/test-runner-commands';
import { OVER_CLASSIC_WEBDRIVER } from './browser-driver.js';

/** The WebDriver standard's codes for these keys (https://w3c.github.io/webdriver/#keyboard-actions). */
const WEBDRIVER_KEY = {
  Shift: '\uE008',
  Tab: '\uE004',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
} as const;

export type ShiftChordKey = Exclude<keyof typeof WEBDRIVER_KEY, 'Shift'>;

/** Presses and releases one key, e.g. `Tab`, `Enter`, `ArrowRight`, ` ` (Space). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Presses `key` while holding Shift. */
export async function pressWithShift(key: ShiftChordKey): Promise<void> {
  if (OVER_CLASSIC_WEBDRIVER) {
    await sendKeys({ press: `${WEBDRIVER_KEY.Shift}${WEBDRIVER_KEY[key]}` });
  } else {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: key });
    await sendKeys({ up: 'Shift' });
  }
}

/** Types `text` into whatever has the focus, one key at a time. */
export async function typeText(text: string): Promise<void> {
  if (OVER_CLASSIC_WEBDRIVER) {
    // WebKitWebDriver drops a key typed again within one sequence ("a b c" arrives as "a bc"),
    // so each character is its own press there.
    for (const character of text) await sendKeys({ press: character });
  } else {
    await sendKeys({ type: text });
  }
}
