// Finds the Chromium that the e2e tests and the screenshot script drive. Written once, in plain
// JavaScript, so that both a vitest globalSetup and `node scripts/screenshots.mjs` can import it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** Arguments that keep Chromium headless, quiet and off the network (GUIDE §7). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const isRootOnDebian = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

/**
 * `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; installs the latter with apt when running
 * as root on Debian, and otherwise throws with the instruction to install it.
 * @param {{ log?: (message: string) => void }} [options]
 * @returns {string} the executable's path
 */
export function resolveChromium({ log = console.log } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!isRootOnDebian()) {
    throw new Error(
      `Chromium not found at ${DEBIAN_CHROMIUM}. Install it (as root: \`${INSTALL_COMMAND}\`) ` +
        'or set CHROMIUM_PATH to a Chromium executable.',
    );
  }
  log(`Chromium not found at ${DEBIAN_CHROMIUM}; installing it: ${INSTALL_COMMAND}`);
  const result = spawnSync('sh', ['-c', INSTALL_COMMAND], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(`\`${INSTALL_COMMAND}\` failed (exit ${result.status ?? result.signal}).`);
  }
  if (!existsSync(DEBIAN_CHROMIUM)) {
    throw new Error(`\`${INSTALL_COMMAND}\` did not install ${DEBIAN_CHROMIUM}.`);
  }
  return DEBIAN_CHROMIUM;
}
