// Makes a posts folder of any size from the demo posts, for benchmarks: same shapes, new paths and dates.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanPosts } from '../ingest/scan-posts';

const DAY_MS = 86_400_000;
const START = Date.UTC(2021, 0, 1);

/** RFC 2822 date, the form most real posts use. */
function rfc2822(millis: number): string {
  return new Date(millis).toUTCString();
}

/** Writes `count` posts under `outDir` (emptied first), cycling through the templates in `templateDir`. */
export function generatePosts(templateDir: string, outDir: string, count: number): void {
  const templates = scanPosts(templateDir).files.map((file) => ({
    relativePath: file.relativePath,
    text: readFileSync(file.absolutePath, 'utf8'),
  }));
  if (templates.length === 0) throw new Error(`no posts in ${templateDir}`);
  rmSync(outDir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    if (!template) continue;
    const date = rfc2822(START + ((i * 7919) % (1800 * 24)) * (DAY_MS / 24));
    // Only the date line changes: every template's odd front matter survives as it is.
    const text = template.text.replace(/^date:.*$/m, `date: ${date}`);
    const dir = path.dirname(template.relativePath);
    const name = `${i}-${path.basename(template.relativePath)}`;
    const shard = `batch-${Math.floor(i / 1000)}`;
    const target = path.join(outDir, dir, shard, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count = '2000', outDir = '/tmp/kanbao-generated', templateDir = 'content'] = process.argv.slice(2);
  generatePosts(templateDir, outDir, Number(count));
  process.stdout.write(`wrote ${count} posts to ${outDir}\n`);
}
