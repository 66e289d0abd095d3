import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitStagingDir, createStagingDir, hasReplacedFolders, recoverInterruptedSwap } from './atomic-dir';
import { tempTree } from './temp-tree';

describe('atomic data folder replacement', () => {
  it('swaps a complete staging folder in and removes the old one', () => {
    const parent = tempTree({ 'data/marker': 'old' });
    const staging = createStagingDir(path.join(parent, 'data'));
    writeFileSync(path.join(staging, 'marker'), 'new');
    commitStagingDir(staging, path.join(parent, 'data'));
    expect(readFileSync(path.join(parent, 'data/marker'), 'utf8')).toBe('new');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('can leave deleting the old folder to a detached process, which leaves nothing behind', async () => {
    const parent = tempTree({ 'data/marker': 'old', 'data/deep/nested/file': 'x' });
    const staging = createStagingDir(path.join(parent, 'data'));
    writeFileSync(path.join(staging, 'marker'), 'new');
    commitStagingDir(staging, path.join(parent, 'data'), 'in-background');
    expect(readFileSync(path.join(parent, 'data/marker'), 'utf8')).toBe('new');
    expect(hasReplacedFolders(parent)).toBe(true);
    await expect.poll(() => readdirSync(parent), { timeout: 10_000 }).toEqual(['data']);
    expect(hasReplacedFolders(parent)).toBe(false);
  });

  it('puts back the previous folder when a run died between the two renames', () => {
    const parent = tempTree({ '.data.previous-1700000000000-42/marker': 'old' });
    recoverInterruptedSwap(path.join(parent, 'data'));
    expect(readFileSync(path.join(parent, 'data/marker'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('clears staging folders of dead runs but keeps the current folder', () => {
    const parent = tempTree({ 'data/marker': 'current', '.data.staging-999999999-1/half': 'x', '.data.previous-1-1/marker': 'older' });
    recoverInterruptedSwap(path.join(parent, 'data'));
    expect(readdirSync(parent)).toEqual(['data']);
    expect(readFileSync(path.join(parent, 'data/marker'), 'utf8')).toBe('current');
  });

  it('leaves a live run’s staging folder and a live deleter’s folder alone', () => {
    const staging = `.data.staging-${process.ppid}-1`;
    const deleting = `.data.deleting-${process.ppid}`;
    const parent = tempTree({ 'data/marker': 'current', [`${staging}/half`]: 'x', [`${deleting}/old`]: 'x' });
    recoverInterruptedSwap(path.join(parent, 'data'));
    expect(readdirSync(parent).sort()).toEqual([deleting, staging, 'data']);
  });

  it('clears what a deleter that died left behind', () => {
    const parent = tempTree({ 'data/marker': 'current', '.data.deleting-999999999/old': 'x' });
    recoverInterruptedSwap(path.join(parent, 'data'));
    expect(readdirSync(parent)).toEqual(['data']);
  });
});
