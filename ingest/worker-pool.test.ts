// The job runner on worker threads: every job once, failures reject the run instead of crashing the process.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutlineJob } from './outline-job';
import { CHINA_TIME } from './parse-date';
import { tempTree } from './temp-tree';
import { createJobRunners } from './worker-pool';

const post = (n: number) => `---\ntitle: 第 ${n} 篇\ndate: 2026-01-01 10:00:00\n---\n<p>正文 ${n}</p>`;

function outlineJobs(count: number): OutlineJob[] {
  const root = tempTree(Object.fromEntries(Array.from({ length: count }, (_, n) => [`${n}.md`, post(n)])));
  return Array.from({ length: count }, (_, index) => ({
    index,
    relativePath: `${index}.md`,
    absolutePath: path.join(root, `${index}.md`),
    keepText: index % 2 === 0,
  }));
}

describe('job runner on worker threads', () => {
  it('runs every job once, drawn lazily from a generator, sending the text back only when asked', async () => {
    const runners = createJobRunners(CHINA_TIME, 1);
    const jobs = outlineJobs(70);
    let drawn = 0;
    const source = function* () {
      for (const job of jobs) {
        drawn++;
        yield job;
      }
    };
    const seen: number[] = [];
    const withText: number[] = [];
    try {
      await runners.for(jobs.length).run('outline', source(), (result) => {
        seen.push(result.index);
        if (result.ok && result.text === post(result.index)) withText.push(result.index);
      });
    } finally {
      await runners.close();
    }
    expect(drawn).toBe(70);
    expect(seen.sort((a, b) => a - b)).toEqual(jobs.map((job) => job.index));
    expect(withText.sort((a, b) => a - b)).toEqual(jobs.filter((job) => job.keepText).map((job) => job.index));
  }, 30_000);

  it('rejects the run when taking a result throws, or when the job source throws', async () => {
    const runners = createJobRunners(CHINA_TIME, 1);
    try {
      const failing = runners.for(100).run('outline', outlineJobs(40), () => {
        throw new Error('disk full');
      });
      await expect(failing).rejects.toThrow('disk full');
      const broken = function* () {
        yield* outlineJobs(1);
        throw new Error('cannot list posts');
      };
      await expect(runners.for(100).run('outline', broken(), () => {})).rejects.toThrow('cannot list posts');
    } finally {
      await runners.close();
    }
  }, 30_000);
});
