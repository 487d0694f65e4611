/**
 * Starts WebKitGTK's WebDriver server on a free local port for the WebKit browser tests and
 * stops it (with the MiniBrowser it launched) when the test run ends.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 20_000;

/** A free TCP port on the loopback interface, as chosen by the kernel. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port.'));
      });
    });
  });
}

/**
 * Whether the driver at `port` answers its status endpoint.
 * @param {number} port
 */
async function isReady(port) {
  try {
    const response = await fetch(`http://${HOST}:${port}/status`);
    const status = /** @type {{ value?: { ready?: boolean } }} */ (await response.json());
    return status.value?.ready === true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} RunningWebDriver
 * @property {string} hostname
 * @property {number} port
 * @property {() => void} stop Ends the driver process; safe to call more than once.
 */

/**
 * Starts `WebKitWebDriver --port=<free port>` and resolves once it accepts sessions.
 * @param {string} driverPath
 * @returns {Promise<RunningWebDriver>}
 */
export async function startWebKitWebDriver(driverPath) {
  const port = /** @type {number} */ (await freePort());
  const driver = spawn(driverPath, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  driver.stderr.setEncoding('utf8').on('data', (chunk) => {
    output += chunk;
  });
  /** @type {Error | undefined} */
  let failure;
  driver.once('error', (error) => {
    failure = error;
  });
  driver.once('exit', (code, signal) => {
    failure ??= new Error(`WebKitWebDriver exited (${signal ?? `status ${code}`}). ${output}`);
  });
  const stop = () => {
    if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGTERM');
  };
  // The test runner exits the process itself; never leave the driver behind.
  process.once('exit', stop);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await isReady(port))) {
    if (failure) throw failure;
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not start within ${READY_TIMEOUT_MS} ms. ${output}`);
    }
    await delay(100);
  }
  return { hostname: HOST, port, stop };
}
