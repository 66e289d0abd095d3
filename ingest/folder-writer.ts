// Writes a data folder's files below one root, making each sub-folder once and linking the generated files the previous folder already has.
import { copyFileSync, linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileFingerprint } from './ingest-cache';

export type FolderWriter = ReturnType<typeof folderWriter>;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** What the writer knows of the folder it replaces: where it is, and what each generated file held when written. */
export interface PreviousFolder {
  root: string;
  /** Each generated file's fingerprint when it was written there, by path. */
  files: Readonly<Record<string, string>>;
  /** Told the fingerprint of every generated file written, for the next run. */
  setFile(relative: string, fingerprint: string): void;
}

/**
 * With `previous`, a generated file (a list page, a search shard) that comes out with the same
 * fingerprint as the one written there last time is hard-linked from that folder, which costs far
 * less than writing it on a re-ingest where one post in thousands changed. The old file is not read:
 * the data folder is the ingest's own output, and its files are never edited in place.
 */
export function folderWriter(root: string, previous: PreviousFolder | null = null) {
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
    if (previous) {
      const fingerprint = fileFingerprint(bytes);
      previous.setFile(relative, fingerprint);
      if (previous.files[relative] === fingerprint && link(path.join(previous.root, relative), file)) return;
    }
    writeFileSync(file, bytes);
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
