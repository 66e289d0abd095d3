// Finds every post file (*.md, *.markdown) below a folder, safely: no symlink loops, no crash on unreadable folders.
import { opendirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** One post file. The absolute path is worked out when asked for: a 100,000-post scan keeps one string per post, not two. */
export class PostFile {
  constructor(
    private readonly root: string,
    /** Path relative to the posts folder, with forward slashes: the post's identity. */
    readonly relativePath: string,
  ) {}

  get absolutePath(): string {
    return path.join(this.root, this.relativePath);
  }
}

export interface ScanProblem {
  relativePath: string;
  reason: string;
}

export interface ScanResult {
  files: PostFile[];
  /** Folders or links that could not be read; reported, never fatal. */
  problems: ScanProblem[];
}

const POST_EXTENSIONS = new Set(['.md', '.markdown']);
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

function isPostName(name: string): boolean {
  // `.md` alone is a real post whose title was '..' (its name is all extension).
  return POST_EXTENSIONS.has(path.extname(name).toLowerCase()) || name.toLowerCase() === '.md';
}

/** Lists post files sorted by relative path, following symlinks once and never in circles. */
export function scanPosts(root: string): ScanResult {
  const files: PostFile[] = [];
  const problems: ScanProblem[] = [];
  const visited = new Set<string>();

  const walk = (absoluteDir: string, relativeDir: string): void => {
    let real: string;
    try {
      real = realpathSync(absoluteDir);
    } catch (error) {
      problems.push({ relativePath: relativeDir || '.', reason: errorReason(error) });
      return;
    }
    if (visited.has(real)) {
      problems.push({ relativePath: relativeDir, reason: 'symbolic link loop: folder already visited' });
      return;
    }
    visited.add(real);
    let dir: ReturnType<typeof opendirSync>;
    try {
      dir = opendirSync(absoluteDir);
    } catch (error) {
      problems.push({ relativePath: relativeDir || '.', reason: errorReason(error) });
      return;
    }
    try {
      for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
        const absolute = path.join(absoluteDir, entry.name);
        const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = statSync(absolute);
            isDirectory = target.isDirectory();
            isFile = target.isFile();
          } catch (error) {
            if (isPostName(entry.name)) problems.push({ relativePath: relative, reason: `broken link: ${errorReason(error)}` });
            continue;
          }
        }
        if (isDirectory) {
          if (!SKIPPED_FOLDERS.has(entry.name)) walk(absolute, relative);
        } else if (isFile && isPostName(entry.name)) {
          files.push(new PostFile(root, relative));
        }
      }
    } catch (error) {
      problems.push({ relativePath: relativeDir || '.', reason: errorReason(error) });
    } finally {
      dir.closeSync();
    }
  };

  walk(root, '');
  files.sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
  problems.sort((a, b) => compareCodePoints(a.relativePath, b.relativePath));
  return { files, problems };
}

/** Locale-independent order, so every machine writes the same output. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function errorReason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message.replace(/^[A-Z]+: /, '')}` : error.message;
  }
  return String(error);
}
