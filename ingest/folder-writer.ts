// Writes a data folder's files below one root, making each sub-folder once.
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type FolderWriter = ReturnType<typeof folderWriter>;

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

export function folderWriter(root: string) {
  const made = new Set<string>();
  const prepare = (relative: string): string => {
    const file = path.join(root, relative);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    return file;
  };
  /** A file already serialised as JSON text. */
  const text = (relative: string, json: string): void => writeFileSync(prepare(relative), json);
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
      const file = prepare(relative);
      try {
        linkSync(previousFile, file);
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
    },
  };
}
