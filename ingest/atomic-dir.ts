// Replaces a folder atomically: build into a sibling staging folder, then swap it in with renames.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

function siblings(target: string): { parent: string; name: string } {
  const absolute = path.resolve(target);
  return { parent: path.dirname(absolute), name: path.basename(absolute) };
}

const stagingPrefix = (name: string) => `.${name}.staging-`;
const retiredPrefix = (name: string) => `.${name}.previous-`;

/**
 * Puts back a folder that a killed run left retired (the instant between the two renames),
 * and clears staging folders that killed runs left behind.
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
  const abandoned = entries.filter((entry) => entry.startsWith(stagingPrefix(name)) && !ownerIsAlive(entry, name));
  const stale = [...retired, ...abandoned];
  for (const entry of stale) rmSync(path.join(parent, entry), { recursive: true, force: true });
}

/** A staging folder is named after its run's process id; a live run's folder is left alone. */
function ownerIsAlive(entry: string, name: string): boolean {
  const pid = Number.parseInt(entry.slice(stagingPrefix(name).length), 10);
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

/** Swaps the staging folder in. Readers see either the old or the new folder, never a half-written one. */
export function commitStagingDir(staging: string, target: string): void {
  const { parent, name } = siblings(target);
  const destination = path.join(parent, name);
  const retired = path.join(parent, `${retiredPrefix(name)}${Date.now()}-${process.pid}`);
  const hadPrevious = existsSync(destination);
  if (hadPrevious) renameSync(destination, retired);
  renameSync(staging, destination);
  if (hadPrevious) rmSync(retired, { recursive: true, force: true });
}

export function discardStagingDir(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}
