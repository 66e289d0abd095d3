import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

function recorder(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 100, write: (text: string) => written.push(text) }, written };
}

describe('createProgress', () => {
  it('draws a bar with count, rate and ETA on a terminal', () => {
    const { stream, written } = recorder(true);
    let time = 0;
    const progress = createProgress(stream, () => time);
    progress.update('read', 0, 100);
    time = 1000;
    progress.update('read', 50, 100);
    expect(written.at(-1)).toMatch(/^\r\[#+-+\] reading 50\/100 posts {2}50 posts\/s {2}ETA 1s/);
    progress.finish();
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('prints plain lines, at most every two seconds, when not a terminal', () => {
    const { stream, written } = recorder(false);
    let time = 0;
    const progress = createProgress(stream, () => time);
    for (let done = 1; done <= 100; done++) {
      time = done * 100;
      progress.update('write', done, 100);
    }
    expect(written.length).toBeLessThanOrEqual(6);
    expect(written.every((line) => line.endsWith('\n') && !line.includes('\r'))).toBe(true);
  });
});
