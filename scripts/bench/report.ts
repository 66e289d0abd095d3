// How the bench prints: aligned figure rows with their budgets, and the machine and versions it ran on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function row(label: string, value: string, budget = ''): void {
  process.stdout.write(`  ${label.padEnd(56)} ${value.padStart(14)}${budget ? `   (budget ${budget})` : ''}\n`);
}

export function heading(title: string): void {
  process.stdout.write(`\n${title}\n`);
}

/** A line of detail under a figure: what was fetched, what failed. */
export function note(text: string): void {
  process.stdout.write(`      ${text}\n`);
}

function chromiumVersion(chromiumPath: string): string {
  try {
    // Debian's wrapper script prints shell noise on stderr; only the version line matters.
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `${chromiumPath} (version unknown)`;
  }
}

/** The machine and every version that moves the figures, so a run can be compared with another. */
export function printMachine(chromiumPath: string): void {
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')).packages as Record<string, { version: string }>;
  const version = (name: string) => `${name} ${lock[`node_modules/${name}`]?.version ?? '?'}`;
  const cores = cpus();
  process.stdout.write(
    `Kanbao benchmark, ${new Date().toISOString()}\n` +
      `  machine: ${cores.length} × ${cores[0]?.model.trim()}, ${mb(totalmem())} RAM\n` +
      `  Node ${process.version}, ${chromiumVersion(chromiumPath)}\n` +
      `  ${['react', 'react-router', '@tanstack/react-query', '@tanstack/react-virtual', 'dompurify', 'vite', 'htmlparser2', 'js-yaml', 'lighthouse', '@playwright/test'].map(version).join(', ')}\n`,
  );
}
