import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitStagingDir, createStagingDir, recoverInterruptedSwap } from './atomic-dir';
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

  it('leaves a live run’s staging folder alone', () => {
    const live = `.data.staging-${process.ppid}-1`;
    const parent = tempTree({ 'data/marker': 'current', [`${live}/half`]: 'x' });
    recoverInterruptedSwap(path.join(parent, 'data'));
    expect(existsSync(path.join(parent, live))).toBe(true);
  });
});
