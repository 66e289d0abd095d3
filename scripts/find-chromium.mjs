// Finds the Chromium that Playwright drives (never downloading one) and says how to launch it here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** Flags for a headless Chromium in a container: no sandbox, no GPU, nothing phoning home. */
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const debianPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const howToInstall =
  'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.';

function isExecutableFile(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

// Loaded lazily: playwright-core is only asked when no system Chromium exists.
function playwrightDownloadPath() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * The first usable Chromium: CHROMIUM_PATH, the Debian package, Playwright's own download.
 * Returns null when there is none; throws when CHROMIUM_PATH names something unusable, because
 * silently launching a different browser than the one asked for hides the mistake.
 */
export function findChromium({
  env = process.env,
  isExecutable = isExecutableFile,
  downloadedPath = playwrightDownloadPath,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
  }
  const found = debianPaths.find((file) => isExecutable(file));
  if (found) return found;
  const downloaded = downloadedPath();
  return downloaded && isExecutable(downloaded) ? downloaded : null;
}

function canInstallDebianPackage() {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function aptGet(args) {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${result.status}). ${howToInstall}`);
}

/** Like findChromium, but installs the Debian package when it may (root with apt-get); throws when it cannot. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canInstallDebianPackage()) throw new Error(howToInstall);
  console.log('No Chromium found; installing the Debian package "chromium".');
  aptGet(['update']);
  aptGet(['install', '-y', 'chromium']);
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium, but no executable appeared. ${howToInstall}`);
  return installed;
}
