/**
 * A package as an integrator gets it, for the tests of the published packages: built with
 * build-package.mjs, packed with `npm pack`, and installed from the tarball into a new project.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);

/**
 * Runs a command and resolves with its output; rejects with the output when it exits non-zero.
 * npm's own variables are left out of the environment, so that an `npm` run here does not
 * inherit the monorepo's settings from the `npm test` that started the tests.
 */
export async function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')),
  );
  try {
    const { stdout } = await execFileAsync(command, args, {
      cwd,
      env: environment,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(
      `${command} ${args.join(' ')} failed: ${failure.message}\n${failure.stdout ?? ''}${failure.stderr ?? ''}`,
    );
  }
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A packed package: the tarball's path and the files it holds, sorted. */
export interface PackedPackage {
  readonly tarball: string;
  readonly files: readonly string[];
}

/** Builds the package (`sdk` or `widget`) into `workspace/<name>` and packs it there. */
export async function packPackage(
  name: 'sdk' | 'widget',
  workspace: string,
): Promise<PackedPackage> {
  const packageFolder = join(workspace, name);
  await run(
    process.execPath,
    [join(ROOT, 'scripts', 'build-package.mjs'), name, packageFolder],
    ROOT,
  );
  const [packed] = JSON.parse(
    await run('npm', ['pack', packageFolder, '--json', '--pack-destination', workspace], workspace),
  ) as { filename: string; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack reported no tarball for ${name}`);
  return {
    tarball: join(workspace, packed.filename),
    files: packed.files.map((file) => file.path).sort(),
  };
}

/**
 * Creates an integrator's project in `folder` with these dependencies (tarballs as `file:`
 * specifiers) and installs them. `overrides` pins packages that are not on the registry, such
 * as the SDK the widget depends on, to their tarballs.
 */
export async function installConsumer(
  folder: string,
  manifest: { dependencies: Record<string, string>; overrides?: Record<string, string> },
): Promise<void> {
  const { dependencies, overrides } = manifest;
  mkdirSync(join(folder, 'src'), { recursive: true });
  writeJson(join(folder, 'package.json'), {
    name: 'consumer',
    private: true,
    type: 'module',
    dependencies,
    ...(overrides ? { overrides } : {}),
  });
  await run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    folder,
  );
}
