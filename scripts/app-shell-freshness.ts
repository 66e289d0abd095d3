// Tells whether the built app shell is newer than everything it is built from, so `npm start` can skip the build.
import fs from 'node:fs';
import path from 'node:path';

/** What the app shell is built from, relative to the project root; any may be missing. */
export const appShellInputs = ['src', 'index.html', 'vite.config.ts', 'public', 'package-lock.json'];

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

// A folder's own mtime counts too: deleting a file changes nothing else.
function newestMtime(entry: string): number {
  const stat = statOrNull(entry);
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

export function isAppShellFresh(root: string): boolean {
  const built = statOrNull(path.join(root, 'dist', 'index.html'));
  if (!built) return false;
  return appShellInputs.every((input) => newestMtime(path.join(root, input)) < built.mtimeMs);
}
