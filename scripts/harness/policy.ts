/**
 * A real enterprise policy for the unpacked extension: Chromium on Linux reads
 * /etc/chromium/policies/managed/*.json at start, and hands `3rdparty.extensions.<id>` to the
 * extension's storage.managed after checking it against its managed_schema. Writing there
 * needs root; the file names only this build's id and is removed after the test.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, realpathSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, the first 32 hex digits written a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Whether this process may write Chromium's policy folder (root, or a writable CHROMIUM_POLICY_DIR). */
export function canWritePolicies(): boolean {
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes the policy for the extension in `extensionDir`; the returned function removes it (and any folder made for it). */
export function writeExtensionPolicy(extensionDir: string, policy: Record<string, unknown>): () => void {
  const made: string[] = [];
  for (let dir = POLICY_DIR; !existsSync(dir); dir = dirname(dir)) made.unshift(dir);
  for (const dir of made) mkdirSync(dir);
  const file = join(POLICY_DIR, `caveat-lens-e2e-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [unpackedExtensionId(extensionDir)]: policy } } }));
  let done = false;
  const remove = () => {
    if (done) return;
    done = true;
    rmSync(file, { force: true });
    for (const dir of made.reverse()) {
      try {
        rmdirSync(dir); // only if still empty
      } catch {
        break;
      }
    }
  };
  process.once('exit', remove); // even when the run is cut short
  return remove;
}
