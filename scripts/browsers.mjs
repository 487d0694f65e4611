/**
 * Finds the system browsers the browser tests run in (Chromium, Firefox and WebKit) and, on a
 * Debian or Ubuntu machine where we are root, installs the missing ones with apt-get. No browser
 * is ever downloaded from anywhere else: the distribution's packages are the supported source.
 *
 * Run `node scripts/browsers.mjs`: exit status 0 when every requested engine is usable.
 *
 * Environment:
 * - `BROWSERS`: comma-separated engines to test in, out of `chromium,firefox,webkit`
 *   (default: all three). Limiting it is the way to run the browser tests on a machine that
 *   lacks an engine and cannot install it.
 * - `CHROME_PATH`: Chromium or Chrome executable (default: chromium, chromium-browser or
 *   google-chrome on PATH).
 * - `FIREFOX_PATH`: Firefox executable (default: firefox-esr or firefox on PATH).
 * - `WEBKIT_WEBDRIVER_PATH`: WebKitWebDriver executable (default: on PATH).
 * - `WEBKIT_MINIBROWSER_PATH`: WebKitGTK MiniBrowser (default: the webkit2gtk-4.1 library folder).
 *
 * WebKitGTK's MiniBrowser has no headless mode, so without a `DISPLAY` it runs under `xvfb-run`,
 * which needs `xauth` too.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The engines the browser tests can run in, in the order they are reported. */
export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** The apt packages that provide each requirement on Debian 12. */
const APT_PACKAGE = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver',
  xvfb: 'xvfb',
  xauth: 'xauth',
};

const MINIBROWSER_LOCATIONS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
];

/**
 * @typedef {'chromium' | 'firefox' | 'webkit'} Engine
 *
 * @typedef {object} BrowserPaths The executables found, `undefined` where none was found.
 * @property {string | undefined} chromium
 * @property {string | undefined} firefox
 * @property {string | undefined} webkitWebDriver
 * @property {string | undefined} webkitMiniBrowser
 * @property {string | undefined} xvfbRun
 * @property {string | undefined} xauth
 *
 * @typedef {object} Requirement Something a requested engine needs that is not usable.
 * @property {Engine} engine The engine that needs it.
 * @property {string} what What is missing, for people.
 * @property {string} aptPackage The Debian package that provides it.
 * @property {string | undefined} envVariable The variable that points at an existing copy.
 * @property {string | undefined} invalidOverride Set when that variable names an unusable file.
 *
 * @typedef {object} BrowserSetup
 * @property {Engine[]} engines The engines to test in.
 * @property {BrowserPaths} paths
 * @property {boolean} needsXvfb Whether the browser tests must run under `xvfb-run`.
 */

/** A requested engine is missing and cannot be installed here; `message` says what to do. */
export class BrowserSetupError extends Error {
  name = 'BrowserSetupError';
}

/**
 * The engines selected by `BROWSERS` (all of them when unset or empty).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Engine[]}
 */
export function requestedEngines(env = process.env) {
  const list = (env.BROWSERS ?? '').trim();
  if (list === '') return [...ENGINES];
  const names = list.split(',').map((name) => name.trim().toLowerCase());
  const unknown = names.filter((name) => !ENGINES.includes(/** @type {Engine} */ (name)));
  if (unknown.length > 0) {
    throw new BrowserSetupError(
      `BROWSERS=${list} names unknown engines (${unknown.join(', ')}). Use a comma-separated list of: ${ENGINES.join(', ')}.`,
    );
  }
  return ENGINES.filter((engine) => names.includes(engine));
}

/**
 * @param {string} path
 * @returns {boolean}
 */
function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The first of `commands` found on `PATH`.
 * @param {string[]} commands
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | undefined}
 */
function findOnPath(commands, env) {
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const command of commands) {
    for (const folder of folders) {
      const candidate = join(folder, command);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * An explicit path from `variable` wins (even when unusable, so that the mistake is reported
 * rather than silently replaced); otherwise the first usable candidate.
 * @param {string} variable
 * @param {() => string | undefined} discover
 * @param {NodeJS.ProcessEnv} env
 */
function overridableExecutable(variable, discover, env) {
  const override = env[variable];
  if (override) return isExecutableFile(override) ? override : undefined;
  return discover();
}

/**
 * Looks for every browser and helper on this machine, without installing anything.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {BrowserPaths}
 */
export function findBrowsers(env = process.env) {
  return {
    chromium: overridableExecutable(
      'CHROME_PATH',
      () =>
        findOnPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'], env),
      env,
    ),
    firefox: overridableExecutable(
      'FIREFOX_PATH',
      () => findOnPath(['firefox-esr', 'firefox'], env),
      env,
    ),
    webkitWebDriver: overridableExecutable(
      'WEBKIT_WEBDRIVER_PATH',
      () => findOnPath(['WebKitWebDriver'], env),
      env,
    ),
    webkitMiniBrowser: overridableExecutable(
      'WEBKIT_MINIBROWSER_PATH',
      () => MINIBROWSER_LOCATIONS.find(isExecutableFile),
      env,
    ),
    xvfbRun: findOnPath(['xvfb-run'], env),
    xauth: findOnPath(['xauth'], env),
  };
}

/**
 * Whether the engines need a virtual display: WebKit's MiniBrowser has no headless mode.
 * @param {Engine[]} engines
 * @param {NodeJS.ProcessEnv} [env]
 */
export function needsVirtualDisplay(engines, env = process.env) {
  return engines.includes('webkit') && !env.DISPLAY && !env.WAYLAND_DISPLAY;
}

/**
 * What the requested engines still lack.
 * @param {BrowserPaths} paths
 * @param {Engine[]} engines
 * @param {NodeJS.ProcessEnv} env
 * @returns {Requirement[]}
 */
function missingRequirements(paths, engines, env) {
  /** @type {Requirement[]} */
  const missing = [];
  /**
   * @param {Engine} engine
   * @param {string | undefined} found
   * @param {string} what
   * @param {string} aptPackage
   * @param {string} [envVariable]
   */
  const check = (engine, found, what, aptPackage, envVariable) => {
    if (found) return;
    const invalidOverride = (envVariable && env[envVariable]) || undefined;
    missing.push({ engine, what, aptPackage, envVariable, invalidOverride });
  };
  if (engines.includes('chromium')) {
    check('chromium', paths.chromium, 'Chromium', APT_PACKAGE.chromium, 'CHROME_PATH');
  }
  if (engines.includes('firefox')) {
    check('firefox', paths.firefox, 'Firefox', APT_PACKAGE.firefox, 'FIREFOX_PATH');
  }
  if (engines.includes('webkit')) {
    check(
      'webkit',
      paths.webkitWebDriver,
      'WebKitWebDriver',
      APT_PACKAGE.webkit,
      'WEBKIT_WEBDRIVER_PATH',
    );
    check(
      'webkit',
      paths.webkitMiniBrowser,
      'WebKitGTK MiniBrowser',
      APT_PACKAGE.webkit,
      'WEBKIT_MINIBROWSER_PATH',
    );
  }
  if (needsVirtualDisplay(engines, env)) {
    check('webkit', paths.xvfbRun, 'xvfb-run (WebKit needs a display)', APT_PACKAGE.xvfb);
    check('webkit', paths.xauth, 'xauth (used by xvfb-run)', APT_PACKAGE.xauth);
  }
  return missing;
}

/**
 * @param {Requirement[]} missing
 * @returns {string[]}
 */
function aptPackagesFor(missing) {
  const packages = missing.flatMap((requirement) =>
    requirement.invalidOverride ? [] : [requirement.aptPackage],
  );
  return [...new Set(packages)];
}

/**
 * @param {string[]} command
 * @param {NodeJS.ProcessEnv} env
 * @param {(line: string) => void} log
 */
function runVisibly(command, env, log) {
  log(`$ ${command.join(' ')}`);
  const [program, ...args] = command;
  const result = spawnSync(/** @type {string} */ (program), args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new BrowserSetupError(
      `\`${command.join(' ')}\` failed (${result.error?.message ?? `exit status ${result.status ?? result.signal}`}).`,
    );
  }
}

/**
 * Instructions for a machine where we cannot install: the apt line, the variables that point
 * at existing browsers, and how to limit the engines.
 * @param {Requirement[]} missing
 * @param {Engine[]} engines
 * @param {{ reason: string, attemptedInstall: boolean }} outcome Why nothing (more) can be installed.
 */
function instructions(missing, engines, { reason, attemptedInstall }) {
  const lines = [`Browser tests need what this machine lacks (${reason}):`];
  for (const requirement of missing) {
    const source = requirement.invalidOverride
      ? `${requirement.envVariable}=${requirement.invalidOverride} is not an executable file (fix or unset ${requirement.envVariable})`
      : `not found (Debian package ${requirement.aptPackage})`;
    lines.push(`  - ${requirement.what}: ${source}`);
  }
  const packages = aptPackagesFor(missing);
  if (packages.length > 0 && !attemptedInstall) {
    lines.push(
      '',
      'Install them (Debian 12 or Ubuntu):',
      `  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    );
  }
  const variables = [...new Set(missing.flatMap((item) => item.envVariable ?? []))];
  if (variables.length > 0) {
    lines.push('', 'Or point at browsers you already have:');
    for (const variable of variables) lines.push(`  export ${variable}=/path/to/executable`);
  }
  const usable = engines.filter((engine) => !missing.some((item) => item.engine === engine));
  if (usable.length > 0) {
    lines.push(
      '',
      `Or test only in the engines that are ready (out of ${ENGINES.join(', ')}):`,
      `  BROWSERS=${usable.join(',')} npm test`,
    );
  }
  return lines.join('\n');
}

/**
 * Finds the requested browsers and installs the missing ones when that is possible here (root
 * with apt-get). Throws a {@link BrowserSetupError} whose message says exactly what to run
 * otherwise.
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [options]
 * @returns {BrowserSetup}
 */
export function ensureBrowsers({ env = process.env, log = console.log } = {}) {
  const engines = requestedEngines(env);
  let paths = findBrowsers(env);
  let missing = missingRequirements(paths, engines, env);
  const packages = aptPackagesFor(missing);
  const outcome = { reason: 'nothing was installed', attemptedInstall: false };
  if (missing.some((requirement) => requirement.invalidOverride)) {
    outcome.reason = 'a path given in the environment is wrong, so nothing was installed';
  } else if (process.getuid?.() !== 0) {
    outcome.reason = 'not running as root, so nothing was installed';
  } else if (findOnPath(['apt-get'], env) === undefined) {
    outcome.reason = 'apt-get not found, so nothing was installed';
  } else if (packages.length > 0) {
    log(`Installing browser packages: ${packages.join(' ')}`);
    runVisibly(['apt-get', 'update'], env, log);
    runVisibly(['apt-get', 'install', '-y', '--no-install-recommends', ...packages], env, log);
    paths = findBrowsers(env);
    missing = missingRequirements(paths, engines, env);
    outcome.reason = `still missing after installing ${packages.join(' ')}`;
    outcome.attemptedInstall = true;
  }
  if (missing.length > 0) throw new BrowserSetupError(instructions(missing, engines, outcome));
  return { engines, paths, needsXvfb: needsVirtualDisplay(engines, env) };
}

/** @param {BrowserSetup} setup */
function summary(setup) {
  const { paths } = setup;
  /** @type {Record<Engine, string>} */
  const where = {
    chromium: `${paths.chromium}`,
    firefox: `${paths.firefox}`,
    webkit: `${paths.webkitMiniBrowser} driven by ${paths.webkitWebDriver}`,
  };
  const lines = ENGINES.map((engine) =>
    setup.engines.includes(engine)
      ? `  ${engine.padEnd(9)}${where[engine]}`
      : `  ${engine.padEnd(9)}not requested (BROWSERS=${process.env.BROWSERS})`,
  );
  if (setup.needsXvfb) lines.push(`  display  ${paths.xvfbRun} (no DISPLAY set)`);
  return ['Browsers:', ...lines].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(summary(ensureBrowsers()));
  } catch (error) {
    if (!(error instanceof BrowserSetupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
