// Reports ingest progress: a redrawn bar with count, rate and ETA on a terminal, a plain line now and then elsewhere.
const PHASE_LABEL = { read: 'reading', write: 'writing' } as const;
type Phase = keyof typeof PHASE_LABEL;

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(phase: Phase, done: number, total: number): void;
  /** Clears the bar so the summary starts on a clean line. */
  finish(): void;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m${Math.round(seconds % 60)}s` : `${Math.ceil(seconds)}s`;
}

export function createProgress(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  const started = now();
  let phaseStarted = started;
  let currentPhase: Phase | null = null;
  let lastDrawn = -Infinity;
  const interval = stream.isTTY ? 100 : 2000;

  const line = (phase: Phase, done: number, total: number): string => {
    const elapsed = (now() - phaseStarted) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    return `${PHASE_LABEL[phase]} ${done}/${total} posts  ${Math.round(rate)} posts/s  ETA ${formatSeconds(eta)}`;
  };

  return {
    update(phase, done, total) {
      if (phase !== currentPhase) {
        currentPhase = phase;
        phaseStarted = now();
        // A terminal shows the bar at once; a log gets its first line only once there is a rate to report.
        lastDrawn = stream.isTTY ? Number.NEGATIVE_INFINITY : phaseStarted;
      }
      const time = now();
      if (time - lastDrawn < interval || total === 0) return;
      lastDrawn = time;
      if (!stream.isTTY) {
        if (done > 0) stream.write(`${line(phase, done, total)}\n`);
        return;
      }
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${line(phase, done, total)}\x1b[K`);
    },
    finish() {
      if (stream.isTTY) stream.write('\r\x1b[K');
    },
  };
}
