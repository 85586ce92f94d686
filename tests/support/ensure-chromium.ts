import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

/**
 * The Chromium the client's end-to-end tests drive: CHROMIUM_PATH, else Debian's; no test downloads
 * a browser. Only the browser tests need it: the rest of the suite runs without one.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

async function isExecutable(file: string): Promise<boolean> {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * Makes sure Debian's Chromium is installed before the suite runs, so `npm test` needs no manual
 * step: as root it installs the package; otherwise it says exactly what to run.
 */
export async function ensureChromium(log: (line: string) => void): Promise<void> {
  if (await isExecutable(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (process.env['CHROMIUM_PATH'] || !isRoot || !(await isExecutable('/usr/bin/apt-get'))) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}: install Debian's with \`sudo apt-get install chromium\`, or set CHROMIUM_PATH to another.`,
    );
  }
  log(`[browser] installing Debian's chromium package for the browser tests (first run only)…`);
  await run('apt-get', ['update', '-q']);
  await run('apt-get', ['install', '-y', '-q', 'chromium']);
}
