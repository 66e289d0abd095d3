// Types for find-chromium.mjs, which stays plain JavaScript so `node` runs it before any TypeScript tooling.

export declare const chromiumLaunchArgs: string[];

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  isExecutable?: (file: string) => boolean;
  downloadedPath?: () => string | null;
}

export declare function findChromium(options?: FindChromiumOptions): string | null;

export declare function ensureChromium(): string;
