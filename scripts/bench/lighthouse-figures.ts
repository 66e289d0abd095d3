// Lighthouse 12, mobile preset, on the home page and an article page of the built app with the demo data, fully offline.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchArgs } from '../find-chromium.mjs';
import { serveApp } from './static-server';

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests the page made to any other host; the resolver rule below makes every one of them fail. */
  offMachine: string[];
  /** Failed audits of the accessibility and best-practices categories, to say what a score below 1 costs. */
  failing: string[];
}

const HOST = '127.0.0.1';
// Every host name but this machine resolves to nothing, so no run can reach the network.
const offline = `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE ${HOST}`;

async function audit(port: number, url: string): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (category: string) => lhr.categories[category]?.score ?? Number.NaN;
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  const failing = ['accessibility', 'best-practices'].flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    offMachine: requests.map((r) => r.url).filter((u) => /^https?:/.test(u) && new URL(u).hostname !== HOST),
    failing,
  };
}

/** Runs Lighthouse on each app path (e.g. `/`, `/article/ID`), one after the other in one Chromium. */
export async function runLighthouse(chromiumPath: string, distDir: string, dataDir: string, paths: string[]): Promise<LighthouseFigures[]> {
  const server = await serveApp(distDir, dataDir);
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumLaunchArgs, offline],
    logLevel: 'silent',
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const appPath of paths) figures.push(await audit(chrome.port, `${server.url}${appPath}`));
    return figures;
  } finally {
    chrome.kill();
    await server.close();
  }
}
