/**
 * How the test runner drives the browser running the tests. Chromium and Firefox are driven
 * through Puppeteer; WebKit through classic WebDriver, which can only press keys one chord at
 * a time and cannot resize the page's viewport.
 */
export const OVER_CLASSIC_WEBDRIVER = !/Chrome|Firefox/.test(navigator.userAgent);
