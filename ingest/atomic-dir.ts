// Replaces a folder atomically: build into a sibling staging folder, then swap it in with renames.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';

function siblings(target: string): { parent: string; name: string } {
  const absolute = path.resolve(target);
  return { parent: path.dirname(absolute), name: path.basename(absolute) };
}

const stagingPrefix = (name: string) => `.${name}.staging-`;
const retiredPrefix = (name: string) => `.${name}.previous-`;
const deletingPrefix = (name: string) => `.${name}.deleting-`;
/** Any folder's retired or deleting name, as the two prefixes above make them. */
const replacedName = /^\..+\.(previous|deleting)-/;

/**
 * Puts back a folder that a killed run left retired (the instant between the two renames),
 * and clears staging folders that killed runs left behind, and retired folders whose deleter died.
 */
export function recoverInterruptedSwap(target: string): void {
  const { parent, name } = siblings(target);
  if (!existsSync(parent)) return;
  const entries = readdirSync(parent);
  const retired = entries.filter((entry) => entry.startsWith(retiredPrefix(name))).sort();
  const newestRetired = retired.pop();
  if (newestRetired && !existsSync(path.join(parent, name))) {
    renameSync(path.join(parent, newestRetired), path.join(parent, name));
  } else if (newestRetired) {
    retired.push(newestRetired);
  }
  const abandoned = entries.filter((entry) =>
    [stagingPrefix(name), deletingPrefix(name)].some((prefix) => entry.startsWith(prefix) && !ownerIsAlive(entry, prefix)),
  );
  const stale = [...retired, ...abandoned];
  for (const entry of stale) rmSync(path.join(parent, entry), { recursive: true, force: true });
}

/** Staging and deleting folders are named after their process's id; a live process's folder is left alone. */
function ownerIsAlive(entry: string, prefix: string): boolean {
  const pid = Number.parseInt(entry.slice(prefix.length), 10);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A fresh, empty staging folder beside the target, on the same file system so rename is atomic. */
export function createStagingDir(target: string): string {
  const { parent, name } = siblings(target);
  mkdirSync(parent, { recursive: true });
  const staging = path.join(parent, `${stagingPrefix(name)}${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  return staging;
}

/** Run by the detached deleter: claims the retired folder under its own process id, then deletes it. */
const DELETER = `
const { renameSync, rmSync } = require('node:fs');
const [retired, claimed] = process.argv.slice(1);
try { renameSync(retired, claimed + process.pid); } catch { process.exit(0); }
rmSync(claimed + process.pid, { recursive: true, force: true });
`;

/**
 * Deletes a retired folder from a detached, low-priority process, so the run can exit as soon as the
 * new folder is in place: right after writing 100,000 files, unlinking as many old ones took 17-19 s here.
 * The deleter renames the folder after its own process id first; a later run leaves it alone while it lives.
 */
function deleteInBackground(retired: string, claimedPrefix: string): void {
  const deleter = spawn(process.execPath, ['-e', DELETER, retired, claimedPrefix], { detached: true, stdio: 'ignore' });
  // A deleter that cannot start (no process slot left, say) must not fail a run whose folder is in place.
  deleter.on('error', () => rmSync(retired, { recursive: true, force: true }));
  deleter.unref();
  try {
    if (deleter.pid !== undefined) setPriority(deleter.pid, 19);
  } catch {
    // Only a nicety: the folder is deleted either way.
  }
}

/**
 * Swaps the staging folder in. Readers see either the old or the new folder, never a half-written one.
 * The previous folder is then deleted, before returning or by a detached process.
 */
export function commitStagingDir(staging: string, target: string, deletePrevious: 'now' | 'in-background' = 'now'): void {
  const { parent, name } = siblings(target);
  const destination = path.join(parent, name);
  const retired = path.join(parent, `${retiredPrefix(name)}${Date.now()}-${process.pid}`);
  const hadPrevious = existsSync(destination);
  if (hadPrevious) renameSync(destination, retired);
  renameSync(staging, destination);
  if (!hadPrevious) return;
  if (deletePrevious === 'now') rmSync(retired, { recursive: true, force: true });
  else deleteInBackground(retired, path.join(parent, deletingPrefix(name)));
}

/** Whether a folder replaced in `parent` is still waiting for, or in, its deletion (benchmarks wait for it). */
export function hasReplacedFolders(parent: string): boolean {
  return existsSync(parent) && readdirSync(parent).some((entry) => replacedName.test(entry));
}

export function discardStagingDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
