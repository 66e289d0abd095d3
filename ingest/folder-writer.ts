// Writes a data folder's files below one root, making each sub-folder once and linking the files the previous folder already has byte for byte.
import { copyFileSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FolderWriter = ReturnType<typeof folderWriter>;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** The previous folder's file when it holds exactly these bytes, else null. */
function sameFileIn(previousRoot: string, relative: string, bytes: Buffer): string | null {
  const file = path.join(previousRoot, relative);
  try {
    // The size first: a changed file almost always changes length, and then it is never read.
    if (statSync(file).size !== bytes.length) return null;
    return readFileSync(file).equals(bytes) ? file : null;
  } catch {
    return null;
  }
}

/**
 * `previousRoot` is the data folder being replaced: a generated file (a list page, a search shard)
 * that comes out the same as there is hard-linked from it, which costs far less than writing it on
 * a re-ingest where one post in thousands changed.
 */
export function folderWriter(root: string, previousRoot: string | null = null) {
  const made = new Set<string>();
  // Files that share their inode with the previous folder: rewriting one in place would change that folder too.
  const linked = new Set<string>();
  const prepare = (relative: string): string => {
    const file = path.join(root, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
  const link = (previousFile: string, file: string): boolean => {
    try {
      linkSync(previousFile, file);
      linked.add(file);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
    }
    try {
      copyFileSync(previousFile, file);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  };
  /** A file already serialised as JSON text. */
  const text = (relative: string, json: string): void => {
    const file = prepare(relative);
    if (linked.delete(file)) unlinkSync(file);
    const bytes = Buffer.from(json);
    const same = previousRoot === null ? null : sameFileIn(previousRoot, relative, bytes);
    if (same === null || !link(same, file)) writeFileSync(file, bytes);
  };
  return {
    text,
    json(relative: string, value: unknown): void {
      text(relative, JSON.stringify(value));
    },
    /**
     * Hard-links an unchanged file from the previous folder (copies it where links are not possible).
     * False when the previous file is gone, so the caller builds it again.
     */
    carryOver(previousFile: string, relative: string): boolean {
      return link(previousFile, prepare(relative));
    },
  };
}
