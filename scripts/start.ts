// `npm start [-- --content DIR]`: builds the app shell if it changed, ingests a posts folder into it and serves the reader.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { isAppShellFresh } from './app-shell-freshness.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4173;

function postsFolder(): string {
  const { values } = parseArgs({ options: { content: { type: 'string' } } });
  if (!values.content) return path.join(root, 'content');
  // npm runs scripts from the project root, but a relative path means "from where I typed the command".
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), values.content);
}

/** Fails before dist/ is touched when the port is taken, often by an earlier `npm start` still serving it. */
function ensurePortFree(): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is already in use (another \`npm start\`?)`) : error);
    });
    probe.listen(port, 'localhost', () => probe.close(() => resolve()));
  });
}

/** Runs the ingest CLI as its own process (its exit code and output are the contract), passing on Ctrl+C and kill. */
function ingest(postsDir: string): Promise<number> {
  const child = spawn(process.execPath, ['ingest/launch.mjs', '--in', postsDir, '--out', 'dist/data'], {
    cwd: root,
    stdio: 'inherit',
  });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? 1);
    });
  });
}

async function main(): Promise<number> {
  const postsDir = postsFolder();
  if (!fs.statSync(postsDir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`No posts folder at ${postsDir}. Usage: npm start [-- --content DIR]`);
    return 1;
  }
  await ensurePortFree();

  if (isAppShellFresh(root)) {
    console.log('app shell up to date');
  } else {
    console.log('building the app shell…');
    await build({ root, logLevel: 'warn' });
  }

  const ingestCode = await ingest(postsDir);
  if (ingestCode !== 0) {
    console.error(`The ingest failed (exit ${ingestCode}); not starting the server.`);
    return ingestCode;
  }

  const server = await preview({ root, logLevel: 'warn', preview: { port, strictPort: true } });
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  console.log(`\nKanbao is serving ${postsDir}\n  ${url}\n(Ctrl+C stops it)`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
