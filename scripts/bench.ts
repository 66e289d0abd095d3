// `npm run bench`: prints Kanbao's performance figures beside their budgets (ingest, bundles, first-screen data, Lighthouse, page memory).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_ARTICLES_KEY, dataPaths } from '../src/shared/schema';
import { launchBrowser } from './bench/browser';
import { buildApp } from './bench/build-app';
import { measureFirstScreen } from './bench/first-screen';
import { BenchData, warmIngest } from './bench/ingest-figures';
import { runLighthouse } from './bench/lighthouse-figures';
import { measureMemory } from './bench/memory-check';
import { heading, kb, mb, note, printMachine, row, seconds } from './bench/report';
import { HOME_JS_BUDGET_BYTES, routeWeights, weigh } from './bench/route-assets';
import { searchFigures } from './bench/search-figures';
import { buildStackFloor } from './bench/stack-floor';
import { ensureChromium } from './find-chromium.mjs';

const large = process.argv.includes('--large');
const work = '/tmp/kanbao-bench';
const distDir = path.join(work, 'dist');
const big = large ? 100000 : 20000;
const data = new BenchData(work);

function bundleFigures(): void {
  buildApp(distDir);
  const { home, articleAdds } = routeWeights(distDir);
  row('home route JS, needed before it renders', kb(home.js), `<= ${HOME_JS_BUDGET_BYTES / 1024} KB`);
  row('home route CSS', kb(home.css));
  row('article route adds, JS (opened from home)', kb(articleAdds.js));
  row('article route adds, CSS', kb(articleAdds.css));
}

async function browserFigures(chromiumPath: string): Promise<void> {
  const browser = await launchBrowser(chromiumPath);
  try {
    heading('First-screen data (home page in Chromium, every /data/ response until the network is idle)');
    const small = await measureFirstScreen(browser, distDir, data.dataFolder(1000));
    const many = await measureFirstScreen(browser, distDir, data.dataFolder(big));
    row('1000 posts, JSON bytes', kb(small.bodyBytes), '<= 30 KB');
    row('  on the wire, gzipped', kb(small.transferBytes));
    row(`${big} posts, JSON bytes`, kb(many.bodyBytes), '<= 30 KB');
    row('  on the wire, gzipped', kb(many.transferBytes));
    row(`  ratio ${big / 1000}k / 1k`, (many.bodyBytes / small.bodyBytes).toFixed(3), '<= 1.1');
    // Articles are prefetched on intent (hover, focus, touch), never on sight: none belongs in the first screen.
    row('  article files among them, either corpus', kb(small.articleBytes + many.articleBytes), '0 KB');
    row('  files fetched', String(many.files.length));
    note(many.files.join(' ').replace(/\/data\//g, ''));
    // The manifest cannot tell which dynamic imports the shell makes at start-up; the browser can.
    const fetched = weigh(distDir, many.scripts);
    row('home page JS as fetched by Chromium, gzipped', kb(fetched.js), `<= ${HOME_JS_BUDGET_BYTES / 1024} KB`);
    note(`${many.scripts.length} scripts, deferred imports included: ${many.scripts.join(' ').replace(/assets\//g, '')}`);

    heading(`Page memory (home list of ${big} articles, scrolled page after page; heap after a forced GC)`);
    const points = large ? [1, 50, 100, 200, 400] : [1, 25, 50, 100, 200];
    const samples = await measureMemory(browser, distDir, data.dataFolder(big), points);
    const { pageSize } = JSON.parse(readFileSync(path.join(data.dataFolder(big), dataPaths.manifest()), 'utf8'));
    for (const s of samples) {
      row(`${s.pages} pages (${s.pages * pageSize} articles) loaded: JS heap`, mb(s.heapBytes));
      row('  DOM nodes / rendered rows', `${s.domNodes} / ${s.renderedRows}`);
    }
    const first = samples[1] ?? samples[0];
    const last = samples.at(-1);
    if (first && last && last.pages > first.pages) {
      const perThousand = ((last.heapBytes - first.heapBytes) / ((last.pages - first.pages) * pageSize)) * 1000;
      row('  heap growth per 1000 more articles loaded', kb(perThousand), 'bounded: ~0, a window of pages');
      row('  DOM nodes, last / second sample', (last.domNodes / first.domNodes).toFixed(2), '~1.0, windowed');
    }
  } finally {
    await browser.close();
  }
}

async function lighthouseFigures(chromiumPath: string): Promise<void> {
  heading('Lighthouse 12, mobile preset (simulated slow 4G, 4x CPU slowdown), demo data, served gzipped from 127.0.0.1');
  const demo = data.demoData();
  const firstPage = JSON.parse(readFileSync(path.join(demo, dataPaths.listPage(ALL_ARTICLES_KEY, 1)), 'utf8'));
  const articleId: string = firstPage.items[0].id;
  const results = await runLighthouse(chromiumPath, distDir, demo, ['/', `/article/${articleId}`]);
  for (const r of results) {
    process.stdout.write(`  ${new URL(r.url).pathname}\n`);
    row('  performance', r.performance.toFixed(2), '>= 0.98');
    row('  accessibility', r.accessibility.toFixed(2), '1.00');
    row('  best practices', r.bestPractices.toFixed(2));
    row('  largest contentful paint', seconds(r.lcpMs), '<= 1.8 s');
    row('  total blocking time', `${Math.round(r.tbtMs)} ms`);
    row('  cumulative layout shift', r.cls.toFixed(3), '<= 0.01');
    row('  requests to other hosts (all blocked)', String(r.offMachine.length), '0');
    for (const failing of r.failing) note(`failing audit: ${failing}`);
  }
  // The same audit of the bare stack on the same data: how much of the home figures the stack alone costs here.
  const floorDir = path.join(data.work, 'stack-floor');
  await buildStackFloor(floorDir);
  const [floor] = await runLighthouse(chromiumPath, floorDir, demo, ['/']);
  if (floor) {
    process.stdout.write('  / of the bare stack (React, data router, one lazy route, infinite query, virtualiser; unstyled)\n');
    row('  performance', floor.performance.toFixed(2));
    row('  largest contentful paint', seconds(floor.lcpMs));
    row('  total blocking time', `${Math.round(floor.tbtMs)} ms`);
  }
}

const chromiumPath = ensureChromium();
printMachine(chromiumPath);
heading('Ingest (the real command, timed from spawn to exit; posts generated from content/)');
warmIngest();
data.ingestFigures(2000);
data.ingestFigures(20000);
if (large) data.ingestFigures(100000);
data.incrementalFigure(20000);
heading('Search (index built by the ingest; a query as the browser runs it, files read from disk)');
searchFigures(data.dataFolder(20000), 20000);
heading('JavaScript and CSS, gzipped (from the Vite manifest of a fresh build)');
bundleFigures();
await browserFigures(chromiumPath);
await lighthouseFigures(chromiumPath);
