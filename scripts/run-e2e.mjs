// `npm run test:e2e [-- PLAYWRIGHT ARGS]`: finds Chromium, builds the app with the demo posts into a scratch folder, runs Playwright.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

// Separate from dist/ so the tests never clobber, or read, what `npm start` is serving.
// KANBAO_E2E_DIST (with KANBAO_E2E_PORT) lets two runs share a checkout without sharing a build.
const distDir = process.env.KANBAO_E2E_DIST ?? '.kanbao-cache/e2e/dist';

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(command, args) {
  const code = run(command, args);
  if (code !== 0) {
    console.error(`e2e: \`${command} ${args.join(' ')}\` failed (exit ${code})`);
    process.exit(code);
  }
}

let chromiumPath;
try {
  chromiumPath = ensureChromium();
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}

runOrExit('npx', ['--no-install', 'vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn']);
runOrExit(process.execPath, ['ingest/launch.mjs', '--in', 'content', '--out', `${distDir}/data`]);
process.exit(
  run('npx', ['--no-install', 'playwright', 'test', ...process.argv.slice(2)], {
    ...process.env,
    CHROMIUM_PATH: chromiumPath,
    KANBAO_E2E_DIST: distDir,
  }),
);
