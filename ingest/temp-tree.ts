// Test support: writes a throwaway folder of files (posts, data folders) in the system's temp folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempTree(files: Record<string, string | Uint8Array>, prefix = 'kanbao-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), content);
  }
  return root;
}
