/**
 * The hidden partial outputs a killed export left beside `--output` (SIGKILL, a crash, a power cut: no handler ran to
 * remove them). An export writes `.NAME.partial-PID-HEX` beside the target (output.ts), and for a zip a side file
 * `….cd` (zip/writer.ts); the next export to the same target removes those whose process is gone, made by this user.
 * A partial of a process still running (another export writing now, or a PID reused) is left as it is; nothing is
 * followed through a link, and nothing else is touched.
 */
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** How the partial outputs for the target named `base` start. */
const partialHead = (base: string): string => `.${base}.partial-`;
/** The name of an export's partial output for the target named `base`, with its process id (output.ts makes it). */
export const partialName = (base: string, pid: number, hex: string): string => `${partialHead(base)}${pid}-${hex}`;

/** What follows `.NAME.partial-` in a partial's name: the process id, the random part, a zip's side file's `.cd`. */
const PARTIAL_TAIL = /^(\d{1,10})-[0-9a-f]{12}(?:\.cd)?$/;

/** Whether a process with this id runs (one of another user's answers EPERM: it runs). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the partial outputs beside `target` whose export is gone; answers the names removed. */
export async function removeStalePartials(target: string): Promise<string[]> {
  const dir = path.dirname(target);
  const head = partialHead(path.basename(target));
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const uid = process.getuid?.();
  for (const name of names) {
    const pid = name.startsWith(head) ? PARTIAL_TAIL.exec(name.slice(head.length))?.[1] : undefined;
    if (pid === undefined || Number(pid) === process.pid || running(Number(pid))) continue;
    const full = path.join(dir, name);
    try {
      const st = await lstat(full);
      if (st.isSymbolicLink() || (uid !== undefined && st.uid !== uid)) continue;
      await rm(full, { recursive: st.isDirectory(), force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: left as it is.
    }
  }
  return removed;
}
