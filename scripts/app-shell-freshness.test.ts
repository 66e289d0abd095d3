// Checks when `npm start` may reuse the built app shell and when it must build again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppShellFresh } from './app-shell-freshness.ts';

const old = new Date('2024-01-01T00:00:00Z');
const built = new Date('2024-06-01T00:00:00Z');
const later = new Date('2024-09-01T00:00:00Z');

let root: string;

function write(file: string, when: Date) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, 'x');
  fs.utimesSync(full, when, when);
}

function touchDir(dir: string, when: Date) {
  fs.utimesSync(path.join(root, dir), when, when);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kanbao-shell-'));
  write('src/main.tsx', old);
  write('src/articles/article-page.tsx', old);
  write('index.html', old);
  write('vite.config.ts', old);
  for (const dir of ['src/articles', 'src']) touchDir(dir, old);
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('isAppShellFresh', () => {
  it('is stale when nothing was built yet', () => {
    expect(isAppShellFresh(root)).toBe(false);
  });

  it('is fresh when the build is newer than every input, even with public/ missing', () => {
    write('dist/index.html', built);
    expect(isAppShellFresh(root)).toBe(true);
  });

  it.each([
    ['a file deep in src/', 'src/articles/article-page.tsx'],
    ['index.html', 'index.html'],
    ['vite.config.ts', 'vite.config.ts'],
    ['a new file in public/', 'public/favicon.svg'],
    ['the lock file', 'package-lock.json'],
  ])('is stale after a change to %s', (_name, file) => {
    write('dist/index.html', built);
    write(file, later);
    expect(isAppShellFresh(root)).toBe(false);
  });

  it('is stale after a file in src/ was deleted', () => {
    write('dist/index.html', built);
    fs.rmSync(path.join(root, 'src/articles/article-page.tsx'));
    touchDir('src/articles', later);
    expect(isAppShellFresh(root)).toBe(false);
  });
});
